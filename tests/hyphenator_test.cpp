#include "formats/pdf/hyphenator.hpp"

#include <catch2/catch.hpp>

#include "text/utf8.hpp"

using mdexport::pdf::Hyphenator;

// These tests read the dictionaries scripts/install-deps installs
// (hyphen-en-us, hyphen-de, hyphen-fr).
TEST_CASE("the dictionary follows the document's language", "[pdf][hyphenator]") {
  CHECK(Hyphenator::dictionary_for("en-US").ends_with("/hyph_en_US.dic"));
  CHECK(Hyphenator::dictionary_for("de_CH").ends_with("/hyph_de_CH.dic"));
  SECTION("a region without a dictionary falls back to the language") {
    CHECK(Hyphenator::dictionary_for("fr-XX").ends_with("/hyph_fr.dic"));
  }
  SECTION("a language without one means no hyphenation") {
    CHECK(Hyphenator::dictionary_for("tlh").empty());
    CHECK_FALSE(Hyphenator("tlh").available());
    CHECK(Hyphenator("tlh").points("hyphenation").empty());
  }
}

TEST_CASE("hyphenation points are byte offsets inside the word", "[pdf][hyphenator]") {
  Hyphenator en("en");
  CHECK(en.points("hyphenation") == std::vector<std::size_t>{2, 6});  // hy-phen-ation
  CHECK(en.points("Hyphenation") == en.points("hyphenation"));
  SECTION("at least two letters before and three after") {
    for (const auto p : en.points("understanding")) {
      CHECK(p >= 2);
      CHECK(p <= 13 - 3);
    }
  }
  SECTION("acronyms, identifiers and numbers are left whole") {
    CHECK(en.points("NASAHEADQUARTERS").empty());
    CHECK(en.points("getElementById").empty());
    CHECK(en.points("snake_case_name").empty());
    CHECK(en.points("1234567").empty());
  }
  SECTION("UTF-8 words are cut between characters") {
    Hyphenator de("de");
    const std::string word = "Bücherregal";
    const auto points = de.points(word);
    CHECK_FALSE(points.empty());
    for (const auto p : points) CHECK_FALSE(mdexport::is_utf8_continuation(word[p]));
  }
  SECTION("UTF-8 patterns place their points by character") {
    // hyph_fr is UTF-8: dé-té-rio-ra-tion and élec-tri-cité, not dét-ér-io-ration.
    Hyphenator fr("fr");
    CHECK(fr.points("d\xC3\xA9t\xC3\xA9rioration") == std::vector<std::size_t>{3, 6, 9, 11});
    CHECK(fr.points("\xC3\xA9lectricit\xC3\xA9") == std::vector<std::size_t>{5, 8});
  }
  SECTION("patterns in another charset see the word's letters, not its UTF-8 bytes") {
    // hyph_de is ISO8859-1: bü-cher-re-gal and über-mä-ßig, not ü-ber-mäßig.
    Hyphenator de("de");
    CHECK(de.points("B\xC3\xBC" "cherregal") == std::vector<std::size_t>{3, 7, 9});
    CHECK(de.points("\xC3\xBC" "berm\xC3\xA4\xC3\x9F" "ig") == std::vector<std::size_t>{5, 8});
  }
}

TEST_CASE("a preloaded dictionary hyphenates like one loaded on first use", "[pdf][hyphenator]") {
  // German is loaded nowhere else in this test run before: the preload
  // thread and the words below race for it.
  Hyphenator::preload("de");
  Hyphenator::preload("de");  // starts no second load
  Hyphenator de("de");
  const auto points = de.points("Silbentrennung");
  CHECK_FALSE(points.empty());
  Hyphenator again("de");
  CHECK(again.points("Silbentrennung") == points);
  SECTION("a language without a dictionary preloads nothing") { CHECK_NOTHROW(Hyphenator::preload("tlh")); }
}
