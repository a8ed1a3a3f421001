#include "formats/pdf/font_files.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"
#include "util/diagnostics.hpp"

using namespace mdexport::pdf;

// These tests read the fonts scripts/install-deps installs (DejaVu, Liberation).
TEST_CASE("fonts are found through fontconfig", "[pdf][font_files]") {
  SECTION("the defaults are DejaVu Serif, Sans and Sans Mono in four styles") {
    const auto files = FontFiles({});
    CHECK(files[face_of(Family::Body, false, false)].ends_with("/DejaVuSerif.ttf"));
    CHECK(files[face_of(Family::Body, true, true)].ends_with("/DejaVuSerif-BoldItalic.ttf"));
    CHECK(files[face_of(Family::Heading, true, false)].ends_with("/DejaVuSans-Bold.ttf"));
    CHECK(files[face_of(Family::Mono, false, true)].ends_with("/DejaVuSansMono-Oblique.ttf"));
  }
  SECTION("a family by name") {
    const auto files = FontFiles({"Liberation Serif", "", ""});
    CHECK(files[face_of(Family::Body, false, true)].ends_with("/LiberationSerif-Italic.ttf"));
  }
  SECTION("a file serves all four styles") {
    const std::string file = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
    const auto files = FontFiles({"", "", file});
    CHECK(files[face_of(Family::Mono, true, true)] == file);
  }
}

TEST_CASE("the default faces are the files fontconfig picks", "[pdf][font_files][tools]") {
  // They are taken without asking fontconfig: fc-match, the same library
  // with the system's whole configuration, must agree on every one.
  const char* families[] = {"DejaVu Serif", "DejaVu Sans", "DejaVu Sans Mono"};
  const auto files = FontFiles({});
  for (int face = 0; face < kFaceCount; ++face) {
    std::string pattern = families[face / 4];
    pattern += is_bold(face) ? ":bold" : ":regular";
    pattern += is_italic(face) ? ":italic" : ":roman";
    const auto r = test::sh("fc-match -f '%{file}' '" + pattern + "'");
    INFO(pattern);
    CHECK(r.status == 0);
    CHECK(files[face] == r.out);
  }
}

TEST_CASE("a font that cannot be had is an error naming the option", "[pdf][font_files]") {
  CHECK_THROWS_WITH(FontFiles({"", "Nonexistent Family 42", ""}),
                    "error: --heading-font: no TrueType font of family 'Nonexistent Family 42' found by fontconfig "
                    "(fc-list lists the installed families)");
  CHECK_THROWS_WITH(FontFiles({"/nowhere/font.ttf", "", ""}), "error: --body-font: no such font file: /nowhere/font.ttf");
}
