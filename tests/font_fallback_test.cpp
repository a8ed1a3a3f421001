#include "formats/pdf/font_fallback.hpp"

#include <catch2/catch.hpp>

#include "formats/pdf/font_face.hpp"

using namespace mdexport::pdf;

// These tests read the fonts scripts/install-deps installs (DejaVu,
// fonts-wqy-zenhei, fonts-symbola).
TEST_CASE("characters missing from a font are found in another", "[pdf][font_fallback]") {
  FontCoverage coverage("");
  SECTION("CJK comes from a TrueType collection, with its index") {
    const auto* cjk = coverage.fallback_for(U'\u4F60');
    REQUIRE(cjk);
    CHECK(cjk->file.ends_with(".ttc"));
  }
  SECTION("Hebrew, Arabic presentation forms, Hangul and symbols are all covered") {
    for (char32_t cp : {U'\u05D0', U'\uFEE3', U'\uC548', U'\u2705', U'\u2764', U'\U0001F44D'}) {
      INFO(static_cast<unsigned>(cp));
      const auto* f = coverage.fallback_for(cp);
      REQUIRE(f);
      const auto face = FontFace::open(*f);
      REQUIRE(face);
      CHECK(face->glyph(cp) != 0);
    }
  }
  SECTION("a font that cannot be used is passed over") {
    const auto* first = coverage.fallback_for(U'\u05D0');
    REQUIRE(first);
    const auto* next = coverage.fallback_for(U'\u05D0', {*first});
    if (next) CHECK(next->file != first->file);
  }
}
