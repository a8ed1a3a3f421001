#include "image/webp_decode.hpp"

#include <catch2/catch.hpp>

#include "formats/epub/webp_fallback.hpp"
#include "image/decode.hpp"
#include "image_samples.hpp"
#include "support.hpp"

using mdexport::image::decode_webp;

TEST_CASE("decode_webp gives RGB with alpha apart", "[image][webp_decode]") {
  auto img = decode_webp(test::webp_image(4, 2, true));
  CHECK(img.width == 4);
  CHECK(img.height == 2);
  CHECK(img.channels == 3);
  CHECK(img.color.size() == 4 * 2 * 3);
  REQUIRE(img.alpha.size() == 8);
  CHECK(img.alpha[0] == 0x40);
  CHECK(img.alpha[3] == 0xFF);
  CHECK(decode_webp(test::webp_image(4, 2)).alpha.empty());
}

TEST_CASE("decode_webp refuses 16383 x 16383 pixels from the header and bad bytes with a reason",
          "[image][webp_decode]") {
  CHECK_THROWS_WITH(decode_webp(test::webp_of_nothing(16383, 16383)),
                    "image too large (16383 x 16383 pixels; the limit is 100 megapixels)");
  CHECK_NOTHROW(decode_webp(test::webp_of_nothing(3, 3)));
  CHECK_THROWS_WITH(decode_webp("RIFF....WEBPgarbage"), "not a valid WebP image");
  int w = 0, h = 0;
  CHECK(mdexport::image::webp_size(test::webp_of_nothing(300, 200), w, h));
  CHECK(w == 300);
  CHECK(h == 200);
}

TEST_CASE("every seed and crasher of the image fuzzers decodes or fails with a reason", "[image][fuzz]") {
  // tests/fuzz/seeds/<format>/: the fuzzers' seeds, and the inputs that
  // once crashed them (scripts/fuzz).
  int files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test::source_dir() / "tests/fuzz/seeds")) {
    if (!e.is_regular_file()) continue;
    INFO(e.path());
    const auto bytes = test::read_file(e.path());
    try {
      mdexport::image::decode(bytes);
    } catch (const mdexport::image::DecodeError&) {
    }
    mdexport::webp_to_png(bytes);
    ++files;
  }
  CHECK(files >= 12);
}
