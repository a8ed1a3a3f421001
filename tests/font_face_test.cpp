#include "formats/pdf/font_face.hpp"

#include <catch2/catch.hpp>


#include "formats/pdf/font_files.hpp"
#include "support.hpp"

using namespace mdexport::pdf;

// These tests read the fonts scripts/install-deps installs (DejaVu,
// fonts-wqy-zenhei).
TEST_CASE("a font face finds glyphs and their advances", "[pdf][font_face]") {
  const auto files = FontFiles({});
  const auto serif = FontFace::open({files[face_of(Family::Body, false, false)], 0});
  REQUIRE(serif);
  SECTION("glyphs for what the font has, .notdef for the rest") {
    CHECK(serif->glyph(U'a') != 0);
    CHECK(serif->glyph(U'\u03B1') != 0);  // Greek alpha
    CHECK(serif->glyph(U'\u4F60') == 0);
    CHECK(serif->glyph(U'\U0001F44D') == 0);
  }
  SECTION("advances in thousandths of an em, as the hmtx table says") {
    const auto mono = FontFace::open({files[face_of(Family::Mono, false, false)], 0});
    REQUIRE(mono);
    CHECK(mono->advance(mono->glyph(U'a')) == 602);  // DejaVu Sans Mono: 1233 of 2048 units
    CHECK(mono->advance(mono->glyph(U'W')) == 602);
    CHECK(serif->advance(serif->glyph(U'i')) < serif->advance(serif->glyph(U'W')));
  }
  SECTION("the descriptor figures and a clean PostScript name") {
    CHECK(serif->postscript_name() == "DejaVuSerif");
    CHECK(serif->descriptor().ascent > 700);
    CHECK(serif->descriptor().descent < 0);
    CHECK_FALSE(serif->descriptor().fixed_pitch);
    const auto italic = FontFace::open({files[face_of(Family::Body, false, true)], 0});
    REQUIRE(italic);
    CHECK(italic->descriptor().italic_angle < 0);
  }
  SECTION("each face is opened once per process") {
    CHECK(FontFace::open({files[face_of(Family::Body, false, false)], 0}) == serif);
  }
}

TEST_CASE("a font face comes from a collection by index", "[pdf][font_face]") {
  const auto zenhei = FontFace::open({"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0});
  REQUIRE(zenhei);
  CHECK(zenhei->glyph(U'\u4F60') != 0);
  CHECK_FALSE(FontFace::open({"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 99}));
}

TEST_CASE("what is not a TrueType font is refused", "[pdf][font_face]") {
  const test::TempDir dir;
  const auto path = dir.path() / "fake.ttf";
  test::write_file(path, "not a font");
  CHECK_FALSE(FontFace::open({path.string(), 0}));
  CHECK_FALSE(FontFace::open({(dir.path() / "missing.ttf").string(), 0}));
}
