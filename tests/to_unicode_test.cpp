#include "formats/pdf/to_unicode.hpp"

#include <catch2/catch.hpp>

using mdexport::pdf::identity_to_unicode_cmap;

TEST_CASE("the ToUnicode map is a bfrange identity over the BMP", "[pdf][to_unicode]") {
  const auto cmap = identity_to_unicode_cmap();
  SECTION("it uses ToUnicode operators, not the encoding CMap ones poppler rejects") {
    CHECK(cmap.find("cidrange") == std::string::npos);
    CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
    CHECK(cmap.find("<0000> <FFFF>") != std::string::npos);
  }
  SECTION("one range per high byte, surrogates left out, at most 100 per block") {
    CHECK(cmap.find("<0000> <00FF> <0000>") != std::string::npos);
    CHECK(cmap.find("<4E00> <4EFF> <4E00>") != std::string::npos);
    CHECK(cmap.find("<FF00> <FFFF> <FF00>") != std::string::npos);
    CHECK(cmap.find("<D800>") == std::string::npos);
    CHECK(cmap.find("<DF00>") == std::string::npos);
    CHECK(cmap.find("100 beginbfrange") != std::string::npos);
    CHECK(cmap.find("44 beginbfrange") != std::string::npos);  // 244 ranges = 100 + 100 + 44
  }
  SECTION("Arabic presentation forms read as the letters they stand for") {
    CHECK(cmap.find("<FEE3> <0645>") != std::string::npos);      // meem, initial form
    CHECK(cmap.find("<FEFB> <06440627>") != std::string::npos);  // lam-alef ligature
    CHECK(cmap.find("<FB00> <FB00>") != std::string::npos);      // Latin ligatures stay as they are
    CHECK(cmap.find("<FB00> <FBFF>") == std::string::npos);
  }
}
