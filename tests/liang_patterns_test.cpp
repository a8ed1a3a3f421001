#include "formats/pdf/liang_patterns.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "libhyphen_judge.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

using mdexport::pdf::LiangPatterns;

namespace {

// What libhyphen itself finds, as byte offsets: the judge.
std::vector<std::size_t> libhyphen_points(HyphenDict* dict, const std::string& word) {
  const auto hyphens = test::libhyphen_values(dict, word);
  // Numbered by character: mapped back to where each one starts.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (!mdexport::is_utf8_continuation(word[i])) starts.push_back(i);
  std::vector<std::size_t> out;
  for (std::size_t c = 0; c + 1 < starts.size(); ++c)
    if (hyphens[c] & 1) out.push_back(starts[c + 1]);
  return out;
}

std::string offsets(const std::vector<std::size_t>& points) {
  std::string out;
  for (const auto p : points) {
    if (!out.empty()) out += ' ';
    out += std::to_string(p);
  }
  return out;
}

bool plain_lower_word(const std::string& w) {
  if (w.size() < 2) return false;
  for (const char c : w)
    if (c == '\'' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return false;
  return true;
}

}  // namespace

// Every word of wamerican's list (scripts/install-deps installs it), and
// words with accents and ligatures, hyphenated by both.
TEST_CASE("plain patterns give the points libhyphen gives", "[pdf][liang_patterns]") {
  const std::string file = "/usr/share/hyphen/hyph_en_US.dic";
  const auto ours = LiangPatterns::load(file);
  REQUIRE(ours);
  HyphenDict* theirs = hnj_hyphen_load(file.c_str());
  REQUIRE(theirs);
  std::vector<std::string> words = {"hyphenation", "na\xC3\xAFvet\xC3\xA9", "r\xC3\xA9sum\xC3\xA9s",
                                    "\xEF\xAC\x81nancially", "\xEF\xAC\x83" "ciency", "e\xEF\xAC\x83" "ciently",
                                    "\xEF\xAC\x82" "exibility", "\xEF\xAC\x84" "uence"};
  std::ifstream list("/usr/share/dict/american-english");
  REQUIRE(list);
  for (std::string w; std::getline(list, w);)
    if (plain_lower_word(w)) words.push_back(w);
  REQUIRE(words.size() > 50000);
  std::size_t differ = 0, hyphenated = 0;
  for (const auto& w : words) {
    const auto expected = libhyphen_points(theirs, w);
    const auto got = ours->points(w, 2, 3);
    hyphenated += !got.empty();
    if (got != expected && ++differ <= 5) FAIL_CHECK(w << ": at " << offsets(got) << ", libhyphen at " << offsets(expected));
  }
  hnj_hyphen_free(theirs);
  CHECK(differ == 0);
  CHECK(hyphenated > words.size() / 2);
  SECTION("larger minimums than the dictionary's count") {
    CHECK(ours->points("hyphenation", 2, 3) == std::vector<std::size_t>{2, 6});
    CHECK(ours->points("hyphenation", 3, 6).empty());
  }
}

TEST_CASE("pattern files with more than plain patterns are left to libhyphen", "[pdf][liang_patterns]") {
  CHECK_FALSE(LiangPatterns::load("/usr/share/hyphen/hyph_fr.dic"));     // a compound level
  CHECK_FALSE(LiangPatterns::load("/usr/share/hyphen/hyph_de_DE.dic"));  // ISO8859-1
  test::TempDir dir;
  const auto file = (dir / "hyph_xx.dic").string();
  const auto loads = [&](const std::string& text) {
    test::write_file(file, text);
    return LiangPatterns::load(file) != nullptr;
  };
  CHECK(loads("UTF-8\nLEFTHYPHENMIN 2\n% a comment\nCOMPOUNDLEFTHYPHENMIN 3\na1b\n\n.ab2c\n"));
  CHECK_FALSE(loads("UTF-8\nNOHYPHEN -,'\na1b\n"));
  CHECK_FALSE(loads("UTF-8\nf1f/ff=f,1,2\n"));
  CHECK_FALSE(loads("UTF-8\n" + std::string(120, 'a') + "1b\n"));
  CHECK_FALSE(loads("UTF-8\n5\n"));
  CHECK_FALSE(loads(""));
  CHECK_FALSE(LiangPatterns::load((dir / "none.dic").string()));
  SECTION("a pattern given twice counts as given last, as in libhyphen") {
    test::write_file(file, "UTF-8\nab1cd\nab2cd\nx1y\n");
    const auto patterns = LiangPatterns::load(file);
    REQUIRE(patterns);
    HyphenDict* theirs = hnj_hyphen_load(file.c_str());
    REQUIRE(theirs);
    for (const std::string w : {"zzabcdzz", "zzzxyzzz"}) CHECK(patterns->points(w, 2, 3) == libhyphen_points(theirs, w));
    CHECK(patterns->points("zzzxyzzz", 2, 3) == std::vector<std::size_t>{4});
    hnj_hyphen_free(theirs);
  }
}
