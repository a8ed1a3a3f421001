#include "image/png_decode.hpp"

#include <catch2/catch.hpp>

#include "image_samples.hpp"

using mdexport::image::decode_png;
using mdexport::image::DecodeError;

TEST_CASE("decode_png gives 8-bit gray or RGB with alpha apart, for every PNG kind", "[image][png_decode]") {
  test::PngSpec spec;
  SECTION("RGB") {
    spec.samples.assign(8 * 8 * 3, 0x11);
    const auto img = decode_png(test::png_image(spec));
    CHECK(img.width == 8);
    CHECK(img.height == 8);
    CHECK(img.channels == 3);
    CHECK(img.color == std::vector<unsigned char>(8 * 8 * 3, 0x11));
    CHECK(img.alpha.empty());
  }
  SECTION("interlaced rows come out in place") {
    spec.interlaced = true;
    spec.samples.resize(8 * 8 * 3);
    for (std::size_t i = 0; i < spec.samples.size(); ++i) spec.samples[i] = static_cast<unsigned char>(i);
    const auto img = decode_png(test::png_image(spec));
    CHECK(img.color == spec.samples);
  }
  SECTION("tRNS on RGB becomes an alpha channel") {
    spec.samples.assign(8 * 8 * 3, 0);
    spec.samples[0] = 1;  // the first pixel alone is not the transparent colour
    spec.trns = {0, 0, 0, 0, 0, 0};
    const auto img = decode_png(test::png_image(spec));
    REQUIRE(img.alpha.size() == 64);
    CHECK(img.alpha[0] == 255);
    CHECK(img.alpha[1] == 0);
  }
  SECTION("a palette of 4 bits is expanded to RGB") {
    spec.color_type = 3;
    spec.bit_depth = 4;
    spec.palette = {10, 20, 30, 40, 50, 60};
    spec.samples.assign(64, 1);
    const auto img = decode_png(test::png_image(spec));
    CHECK(img.channels == 3);
    CHECK(img.color[0] == 40);
    CHECK(img.color[2] == 60);
  }
  SECTION("16-bit gray is scaled to 8 bits") {
    spec.color_type = 0;
    spec.bit_depth = 16;
    spec.samples.assign(8 * 8 * 2, 0xFF);
    const auto img = decode_png(test::png_image(spec));
    CHECK(img.channels == 1);
    CHECK(img.color == std::vector<unsigned char>(64, 0xFF));
  }
  SECTION("opaque RGBA keeps no alpha") {
    spec.color_type = 6;
    spec.samples.assign(8 * 8 * 4, 0xFF);
    CHECK(decode_png(test::png_image(spec)).alpha.empty());
  }
}

TEST_CASE("decode_png answers bad bytes with a reason, never an abort", "[image][png_decode]") {
  const auto png = test::png_image(32, 32);
  CHECK_THROWS_WITH(decode_png(png.substr(0, png.size() - 30)), "PNG file ends early");
  CHECK_THROWS_WITH(decode_png(test::with_bad_crc(png, 0)), "IHDR: CRC error");
  CHECK_THROWS_AS(decode_png("\x89PNG\r\n\x1A\n"), DecodeError);
  CHECK_THROWS_AS(decode_png(""), DecodeError);
  SECTION("a header claiming 100000 x 100000 pixels is refused before any pixel") {
    std::string big = png;
    for (int i = 0; i < 2; ++i)
      for (int k = 0; k < 4; ++k) big[16 + i * 4 + k] = "\x00\x01\x86\xA0"[k];
    CHECK_THROWS_WITH(decode_png(test::with_fixed_crc(big, 0)),
                      "image too large (100000 x 100000 pixels; the limit is 100 megapixels)");
  }
  SECTION("a header claiming 9000 x 9000 pixels on a few bytes of data is refused before allocating") {
    std::string big = png;
    for (int i = 0; i < 2; ++i)
      for (int k = 0; k < 4; ++k) big[16 + i * 4 + k] = "\x00\x00\x23\x28"[k];
    CHECK_THROWS_WITH(decode_png(test::with_fixed_crc(big, 0)), "PNG data too short for 9000 x 9000 pixels");
  }
}
