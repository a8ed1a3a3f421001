#include "formats/pdf/to_unicode.hpp"

#include <catch2/catch.hpp>

using mdexport::pdf::to_unicode_cmap;

TEST_CASE("the ToUnicode map reads each glyph as the text it was drawn for", "[pdf][to_unicode]") {
  SECTION("it uses ToUnicode operators, not the encoding CMap ones poppler rejects") {
    const auto cmap = to_unicode_cmap({{36, U'A'}});
    CHECK(cmap.find("cidrange") == std::string::npos);
    CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
    CHECK(cmap.find("1 beginbfchar\n<0024> <0041>\nendbfchar") != std::string::npos);
  }
  SECTION("beyond U+FFFF as a surrogate pair, .notdef not at all") {
    const auto cmap = to_unicode_cmap({{0, 0}, {1234, U'\U0001F44D'}});
    CHECK(cmap.find("<04D2> <D83DDC4D>") != std::string::npos);
    CHECK(cmap.find("<0000>") == cmap.find("<0000> <FFFF>"));  // only in the code space
  }
  SECTION("Arabic presentation forms read as the letters they stand for") {
    const auto cmap = to_unicode_cmap({{10, U'\uFEE3'}, {11, U'\uFEFB'}, {12, U'\uFB00'}});
    CHECK(cmap.find("<000A> <0645>") != std::string::npos);      // meem, initial form
    // Lam-alef in visual order: poppler reverses it inside the right-to-left run.
    CHECK(cmap.find("<000B> <06270644>") != std::string::npos);
    CHECK(cmap.find("<000C> <FB00>") != std::string::npos);      // Latin ligatures stay as they are
  }
  SECTION("at most 100 entries per block") {
    std::map<std::uint16_t, char32_t> glyphs;
    for (std::uint16_t g = 1; g <= 250; ++g) glyphs[g] = U'a';
    const auto cmap = to_unicode_cmap(glyphs);
    CHECK(cmap.find("100 beginbfchar") != std::string::npos);
    CHECK(cmap.find("50 beginbfchar") != std::string::npos);
    CHECK(cmap.find("101 beginbfchar") == std::string::npos);
  }
}
