#include "formats/pdf/font_fallback.hpp"

#include <catch2/catch.hpp>

#include "formats/pdf/font_files.hpp"

using namespace mdexport::pdf;

// These tests read the fonts scripts/install-deps installs (DejaVu,
// fonts-wqy-zenhei, fonts-symbola).
TEST_CASE("characters missing from a font are found in another", "[pdf][font_fallback]") {
  FontCoverage coverage;
  const auto serif = find_font_files({})[face_of(Family::Body, false, false)];
  SECTION("coverage comes from fontconfig") {
    CHECK(coverage.covers(serif, U'a'));
    CHECK(coverage.covers(serif, U'\u03B1'));  // Greek alpha: DejaVu Serif has it
    CHECK_FALSE(coverage.covers(serif, U'\u4F60'));
    CHECK_FALSE(coverage.covers(serif, U'\u05D0'));
  }
  SECTION("CJK comes from a TrueType collection, with its index") {
    const auto* cjk = coverage.fallback_for(U'\u4F60');
    REQUIRE(cjk);
    CHECK(cjk->file.ends_with(".ttc"));
  }
  SECTION("Hebrew, Arabic presentation forms, Hangul and symbols are all covered") {
    for (char32_t cp : {U'\u05D0', U'\uFEE3', U'\uC548', U'\u2705', U'\u2764'}) {
      INFO(static_cast<unsigned>(cp));
      const auto* f = coverage.fallback_for(cp);
      REQUIRE(f);
      CHECK(coverage.covers(f->file, cp));
    }
  }
  SECTION("a font that cannot be used is passed over") {
    const auto* first = coverage.fallback_for(U'\u05D0');
    REQUIRE(first);
    const auto* next = coverage.fallback_for(U'\u05D0', {*first});
    if (next) CHECK(next->file != first->file);
  }
}
