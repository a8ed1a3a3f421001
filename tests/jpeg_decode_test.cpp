#include "image/jpeg_decode.hpp"

#include <catch2/catch.hpp>

#include "image_samples.hpp"

using mdexport::image::decode_jpeg;
using mdexport::image::DecodeError;

TEST_CASE("decode_jpeg passes clean gray and RGB JPEGs through and decodes the rest", "[image][jpeg_decode]") {
  const auto rgb = test::jpeg_image(24, 16);
  auto img = decode_jpeg(rgb);
  CHECK(img.jpeg == rgb);
  CHECK(img.color.empty());
  CHECK(img.width == 24);
  CHECK(img.height == 16);
  CHECK(img.channels == 3);

  const auto gray = test::jpeg_image(8, 8, 1, true);
  CHECK(decode_jpeg(gray).jpeg == gray);

  img = decode_jpeg(test::jpeg_image(16, 8, 4));  // CMYK
  CHECK(img.jpeg.empty());
  CHECK(img.channels == 3);
  CHECK(img.color.size() == 16 * 8 * 3);

  img = decode_jpeg(rgb, false);
  CHECK(img.jpeg.empty());
  CHECK(img.color.size() == 24 * 16 * 3);
}

TEST_CASE("decode_jpeg answers bad bytes with libjpeg's reason, never an exit", "[image][jpeg_decode]") {
  const auto jpeg = test::jpeg_image(64, 64);
  CHECK_THROWS_WITH(decode_jpeg(jpeg.substr(0, jpeg.size() / 2)), "Premature end of JPEG file");
  CHECK_THROWS_AS(decode_jpeg(jpeg.substr(0, 20)), DecodeError);
  CHECK_THROWS_AS(decode_jpeg("\xFF\xD8\xFF"), DecodeError);
  CHECK_THROWS_AS(decode_jpeg("not a jpeg"), DecodeError);
}
