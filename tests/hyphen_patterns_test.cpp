#include "formats/pdf/hyphen_patterns.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "libhyphen_judge.hpp"
#include "support.hpp"

using mdexport::pdf::free_hyphen_patterns;
using mdexport::pdf::load_hyphen_patterns;

namespace {

bool same_text(const char* a, const char* b) { return (!a && !b) || (a && b && std::strcmp(a, b) == 0); }

// What differs between two automata, "" when they are the same state for state.
std::string difference(const HyphenDict* ours, const HyphenDict* theirs, int level = 0) {
  const auto at = "level " + std::to_string(level) + ": ";
  if (!ours || !theirs) return ours == theirs ? "" : at + "one level missing";
  if (ours->lhmin != theirs->lhmin || ours->rhmin != theirs->rhmin || ours->clhmin != theirs->clhmin ||
      ours->crhmin != theirs->crhmin)
    return at + "hyphen minimums";
  if (std::strcmp(ours->cset, theirs->cset) != 0 || ours->utf8 != theirs->utf8) return at + "charset";
  if (ours->nohyphenl != theirs->nohyphenl || !same_text(ours->nohyphen, theirs->nohyphen)) return at + "nohyphen";
  if (ours->num_states != theirs->num_states)
    return at + std::to_string(ours->num_states) + " states, not " + std::to_string(theirs->num_states);
  for (int i = 0; i < ours->num_states; ++i) {
    const auto& a = ours->states[i];
    const auto& b = theirs->states[i];
    const auto state = at + "state " + std::to_string(i) + ": ";
    if (!same_text(a.match, b.match)) return state + "match";
    if (!same_text(a.repl, b.repl) || (a.repl && (a.replindex != b.replindex || a.replcut != b.replcut)))
      return state + "replacement";
    if (a.fallback_state != b.fallback_state) return state + "fallback";
    if (a.num_trans != b.num_trans) return state + "transition count";
    for (int t = 0; t < a.num_trans; ++t)
      if (a.trans[t].ch != b.trans[t].ch || a.trans[t].new_state != b.trans[t].new_state) return state + "transition";
  }
  return difference(ours->nextlevel, theirs->nextlevel, level + 1);
}

}  // namespace

#if defined(__SANITIZE_ADDRESS__)
// libhyphen 2.8.8's loader, the judge here, loses a few hundred bytes while
// parsing the compound dictionaries (hyph_de, hyph_fr): its bug, not a leak
// of ours, so the leak checker of the sanitizer build is told to skip it.
extern "C" const char* __lsan_default_suppressions() { return "leak:libhyphen.so\n"; }
#endif

// libhyphen's own loader is the judge: the same file must give the same
// automaton, and so the same hyphens.
TEST_CASE("pattern files load into the automaton libhyphen builds", "[pdf][hyphen_patterns]") {
  for (const char* name : {"hyph_en_US.dic", "hyph_fr.dic", "hyph_de_DE.dic"}) {
    const std::string file = std::string("/usr/share/hyphen/") + name;
    INFO(file);
    HyphenDict* ours = load_hyphen_patterns(file);
    HyphenDict* theirs = hnj_hyphen_load(file.c_str());
    REQUIRE(ours);
    REQUIRE(theirs);
    CHECK(difference(ours, theirs) == "");
    // Latin-1 for hyph_de: "Schifffahrt", "Größenordnung".
    for (const std::string word : {"hyphenation", "extraordinary", "anticonstitutionnellement", "porte-monnaie",
                                   "schifffahrt", "gr\xF6\xDF" "enordnung", "donaudampfschiff"})
      CHECK(test::libhyphen_values(ours, word) == test::libhyphen_values(theirs, word));
    free_hyphen_patterns(ours);
    hnj_hyphen_free(theirs);
  }
}

TEST_CASE("pattern files of every shape load as libhyphen loads them", "[pdf][hyphen_patterns]") {
  test::TempDir dir;
  const auto file = (dir / "hyph_xx.dic").string();
  const auto same = [&](const std::string& text) {
    test::write_file(file, text);
    HyphenDict* ours = load_hyphen_patterns(file);
    HyphenDict* theirs = hnj_hyphen_load(file.c_str());
    REQUIRE(ours);
    REQUIRE(theirs);
    const auto diff = difference(ours, theirs);
    free_hyphen_patterns(ours);
    hnj_hyphen_free(theirs);
    return diff;
  };
  SECTION("keywords, comments and a compound level") {
    CHECK(same("UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 3\nCOMPOUNDLEFTHYPHENMIN 4\n% a comment\n"
               "NOHYPHEN -,'\n1-1\nNEXTLEVEL\nCOMPOUNDRIGHTHYPHENMIN 5\na1b\n.ab2c\nb1c.\n") == "");
  }
  SECTION("non-standard hyphenation with replacements") {
    CHECK(same("UTF-8\nf1f/ff=f,1,2\n.schif1fa/ff=f,5,2\n\xC3\xA4" "1b/\xC3\xA4=b,1,2\nc1k/k=k\n") == "");
  }
  SECTION("a line too long, a missing last line end, a charset line too long") {
    CHECK(same("ISO8859-1\n" + std::string(120, 'a') + "1b\nx1y\nq1r") == "");
    CHECK(same("A-CHARSET-NAME-LONGER-THAN-TWENTY\nx1y\n") == "");
  }
  SECTION("an empty file and a file of only a charset") {
    CHECK(same("") == "");
    CHECK(same("UTF-8\n") == "");
  }
  SECTION("a file that cannot be read") { CHECK(load_hyphen_patterns((dir / "none.dic").string()) == nullptr); }
}
