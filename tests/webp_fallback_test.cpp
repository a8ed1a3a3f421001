#include <catch2/catch.hpp>

#include "epub_check.hpp"
#include "formats/epub/webp_fallback.hpp"
#include "formats/xhtml/local_image.hpp"

TEST_CASE("A WebP image gets a PNG twin", "[webp_fallback]") {
  const std::string webp = test::webp_1x1();
  const auto png = mdexport::webp_to_png(webp);
  REQUIRE(png);
  CHECK(mdexport::sniff_image_type(*png) == "image/png");
  CHECK(png->compare(16, 8, std::string("\0\0\0\x01\0\0\0\x01", 8)) == 0);  // 1x1 in IHDR
  CHECK_FALSE(mdexport::webp_to_png("RIFF....WEBPgarbage"));
}
