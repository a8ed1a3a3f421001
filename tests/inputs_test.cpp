#include "cli/inputs.hpp"

#include <catch2/catch.hpp>

#include <set>

#include "support.hpp"

namespace fs = std::filesystem;
using mdexport::expand_inputs;
using mdexport::InputFile;
using mdexport::Shard;

namespace {

std::vector<std::string> relatives(const std::vector<InputFile>& inputs) {
  std::vector<std::string> out;
  for (const auto& in : inputs) out.push_back(in.relative.generic_string());
  return out;
}

}  // namespace

TEST_CASE("inputs expand directories into their Markdown files", "[inputs]") {
  test::TempDir dir;
  fs::create_directories(dir / "docs/guide");
  fs::create_directories(dir / "docs/.git");
  for (const char* f : {"docs/b.md", "docs/a.markdown", "docs/guide/c.MD", "docs/notes.txt", "docs/.git/x.md",
                        "docs/.hidden.md", "single.md"})
    test::write_file(dir / f, "# x\n");

  SECTION("files as given, directories recursively and sorted, hidden entries skipped") {
    const auto inputs = expand_inputs({(dir / "single.md").string(), (dir / "docs").string()});
    CHECK(relatives(inputs) == std::vector<std::string>{"single.md", "a.markdown", "b.md", "guide/c.MD"});
    CHECK(inputs[3].path == dir / "docs/guide/c.MD");
  }
  SECTION("a missing input is an error") {
    CHECK_THROWS_WITH(expand_inputs({(dir / "nope.md").string()}),
                      "error: cannot read " + (dir / "nope.md").string() + ": No such file or directory");
  }
}

TEST_CASE("shards split the inputs into disjoint slices that cover them all", "[inputs]") {
  std::vector<InputFile> inputs;
  for (int i = 0; i < 200; ++i) {
    std::string name = "f";
    name.append(std::to_string(i)).append(".md");
    inputs.push_back({name, name});
  }
  for (int n : {1, 2, 3, 7}) {
    std::multiset<std::string> seen;
    for (int k = 1; k <= n; ++k) {
      const auto slice = mdexport::select_shard(inputs, {k, n});
      if (n > 1) CHECK(slice.size() < inputs.size());
      for (const auto& in : slice) seen.insert(in.relative.string());
    }
    CHECK(seen.size() == inputs.size());
    CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == inputs.size());
  }
}

TEST_CASE("shard option takes K/N", "[inputs]") {
  Shard s;
  CHECK(mdexport::parse_shard("2/4", s));
  CHECK(s.index == 2);
  CHECK(s.count == 4);
  for (const char* bad : {"0/4", "5/4", "2", "a/b", "2/4x", "1/0", "-1/2"}) {
    INFO(bad);
    CHECK_FALSE(mdexport::parse_shard(bad, s));
  }
}
