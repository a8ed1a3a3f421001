#include "image/sniff.hpp"

#include <catch2/catch.hpp>

#include "image_samples.hpp"

using mdexport::image::Format;
using mdexport::image::sniff;

TEST_CASE("pictures are told apart by their signatures, never by anything else", "[image][sniff]") {
  CHECK(sniff(test::png_image(2, 2)) == Format::Png);
  CHECK(sniff(test::jpeg_image(2, 2)) == Format::Jpeg);
  CHECK(sniff(test::webp_image(2, 2)) == Format::Webp);
  CHECK(sniff("GIF89a\x01\x00") == Format::Gif);
  CHECK(sniff("<svg xmlns='http://www.w3.org/2000/svg'/>") == Format::Unknown);
  CHECK(sniff("RIFF\0\0\0\0WAVE") == Format::Unknown);
  CHECK(sniff("\x89PNG") == Format::Unknown);  // cut short
  CHECK(sniff("") == Format::Unknown);
}
