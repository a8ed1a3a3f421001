// Hostile-input suite: batches. Promises in SECURITY.md name these tests.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support.hpp"

namespace {

constexpr int kParts = 4'445;  // 9 lines each: 40,007 lines in all

// 40,000 lines where every inline extension of the parser has work to do:
// strikethrough with one and two tildes, autolinks of each kind, a table,
// task items.
std::string busy_document() {
  std::string md = "# Busy\n\n";
  for (int i = 0; i < kParts; ++i) {
    const auto n = std::to_string(i);
    md += "Line " + n + " has ~single~ and ~~double~~ strikes, www.example.com/" + n + ",\n";
    md += "https://example.org/" + n + " and mail" + n + "@example.net.\n\n";
    md += "| a | b |\n|---|---|\n| ~x~ | " + n + " |\n\n";
    md += "- [x] done " + n + "\n\n";
  }
  return md;
}

int count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("parallel batches give the same bytes as one file alone", "[security][batch][slow]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "in");
  const auto md = busy_document();
  REQUIRE(count(md, "\n") == 40'007);
  for (int i = 0; i < 8; ++i) test::write_file(dir / ("in/doc" + std::to_string(i) + ".md"), md);

  REQUIRE(test::run_mdexport("in/doc0.md -t html -o alone.html", dir.path()).status == 0);
  const auto alone = test::read_file(dir / "alone.html");
  // Every strike became <del>: the extension was on for the whole parse.
  REQUIRE(count(alone, "<del>") == 3 * kParts);

  for (int round = 0; round < 5; ++round) {
    const auto out = "out" + std::to_string(round);
    const auto r = test::run_mdexport("in -t html -j 4 --out-dir " + out, dir.path());
    INFO(r.err);
    REQUIRE(r.status == 0);
    for (int i = 0; i < 8; ++i) {
      INFO("round " << round << ", doc" << i);
      CHECK(test::read_file(dir / out / ("doc" + std::to_string(i) + ".html")) == alone);
    }
  }
}
