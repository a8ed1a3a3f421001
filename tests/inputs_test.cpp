#include "cli/inputs.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
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

TEST_CASE("directory inputs keep the walked path and skip links leading out", "[inputs][security]") {
  test::TempDir dir;
  fs::create_directories(dir / "docs/sub");
  fs::create_directories(dir / "outside");
  test::write_file(dir / "docs/sub/real.md", "x\n");
  test::write_file(dir / "outside/secret.md", "x\n");
  fs::create_symlink("sub/real.md", dir / "docs/alias.md");
  fs::create_symlink(dir / "outside/secret.md", dir / "docs/key.md");
  fs::create_directory_symlink(dir / "outside", dir / "docs/out");
  fs::create_directory_symlink("sub", dir / "docs/inner");
  std::vector<std::string> warnings;
  const auto docs = (dir / "docs").string();
  const auto inputs = expand_inputs({docs}, &warnings);
  CHECK(relatives(inputs) == std::vector<std::string>{"alias.md", "sub/real.md"});
  CHECK(inputs[0].path == dir / "docs/alias.md");
  std::sort(warnings.begin(), warnings.end());
  CHECK(warnings == std::vector<std::string>{
                        "warning: " + docs + "/key.md: skipped, a symbolic link that leads outside " + docs,
                        "warning: " + docs + "/out: skipped, a symbolic link that leads outside " + docs});
}
