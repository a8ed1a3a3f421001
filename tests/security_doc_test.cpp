// SECURITY.md names, after each promise, the tests that prove it: each name
// must be a test of this suite, so a renamed or deleted test cannot leave a
// promise unproven without this failing.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "support.hpp"

namespace {

// The quoted names in the "*Tests:*" paragraphs, their line breaks undone.
std::vector<std::string> cited_tests(const std::string& markdown) {
  std::vector<std::string> names;
  for (auto at = markdown.find("*Tests:*"); at != std::string::npos; at = markdown.find("*Tests:*", at + 1)) {
    const auto end = std::min(markdown.find("\n- ", at), markdown.find("\n\n", at));
    const auto paragraph = markdown.substr(at, end - at);
    for (auto open = paragraph.find('"'); open != std::string::npos; open = paragraph.find('"', open + 1)) {
      const auto close = paragraph.find('"', open + 1);
      std::string name;
      for (auto i = open + 1; i < close; ++i) {
        const char c = paragraph[i];
        if (c == '\n') {
          while (i + 1 < close && paragraph[i + 1] == ' ') ++i;
          name += ' ';
        } else {
          name += c;
        }
      }
      names.push_back(name);
      open = close;
    }
  }
  return names;
}

std::set<std::string> suite_tests() {
  const auto listing = test::sh("/proc/" + std::to_string(getpid()) + "/exe --list-test-names-only").out;
  std::set<std::string> names;
  std::size_t start = 0;
  for (auto nl = listing.find('\n'); nl != std::string::npos; start = nl + 1, nl = listing.find('\n', start))
    names.insert(listing.substr(start, nl - start));
  return names;
}

}  // namespace

TEST_CASE("every test SECURITY.md names is in the suite", "[security]") {
  const auto cited = cited_tests(test::read_file(test::source_dir() / "SECURITY.md"));
  REQUIRE(cited.size() > 60);
  const auto suite = suite_tests();
  for (const auto& name : cited) {
    INFO(name);
    CHECK(suite.count(name) == 1);
  }
}
