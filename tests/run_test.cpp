#include "cli/run.hpp"

#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "support.hpp"

// Transcripts of the real binary: what a user types and what comes back.
using test::run_mdexport;

namespace {

const std::string kDoc = "# Hello\n\nSome *text*.\n";

}  // namespace

TEST_CASE("mdexport converts a file to the format its output name says", "[run]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", kDoc);
  const auto r = run_mdexport("in.md -o out.txt", dir.path());
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(test::read_file(dir / "out.txt") == "Hello\n=====\n\nSome _text_.\n");
}

TEST_CASE("the to option picks the format and the output lands beside the input", "[run]") {
  test::TempDir dir;
  std::filesystem::create_directory(dir / "docs");
  test::write_file(dir / "docs/guide.md", kDoc);
  const auto r = run_mdexport("docs/guide.md -t text", dir.path());
  CHECK(r.status == 0);
  CHECK(std::filesystem::exists(dir / "docs/guide.txt"));
}

TEST_CASE("standard input and output are '-'", "[run]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", kDoc);
  const auto r = run_mdexport("- -t txt -o - < in.md", dir.path());
  CHECK(r.status == 0);
  CHECK(r.out == "Hello\n=====\n\nSome _text_.\n");
}

TEST_CASE("columns and metadata options override front matter", "[run]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", "---\ntitle: Front\n---\none two three four five six seven eight nine ten eleven\n");
  const auto r = run_mdexport("in.md -t txt -o - --columns 20 --metadata title=Override --metadata author=Me", dir.path());
  CHECK(r.status == 0);
  CHECK(r.out == "Override\n========\nMe\n\none two three four\nfive six seven eight\nnine ten eleven\n");
}

TEST_CASE("list-formats and version options", "[run]") {
  const auto formats = run_mdexport("--list-formats");
  CHECK(formats.status == 0);
  CHECK_THAT(formats.out, Catch::Matchers::Contains("txt") && Catch::Matchers::Contains(".txt"));
  const auto version = run_mdexport("--version");
  CHECK(version.status == 0);
  CHECK(version.out == "mdexport " MDEXPORT_VERSION "\n");
}

TEST_CASE("usage mistakes exit with status 2 and say what to do", "[run]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", kDoc);
  SECTION("a typo in a format name gets 'did you mean'") {
    const auto r = run_mdexport("in.md -t txtt", dir.path());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Matchers::StartsWith("mdexport: error: unknown format 'txtt'; did you mean 'txt'?"));
  }
  SECTION("an output extension we do not know") {
    const auto r = run_mdexport("in.md -o out.docx", dir.path());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Matchers::Contains("cannot tell the format of 'out.docx'"));
  }
  SECTION("no input") {
    CHECK(run_mdexport("-t txt").status == 2);
  }
  SECTION("an unknown option") {
    const auto r = run_mdexport("in.md --colour", dir.path());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Matchers::Contains("--colour"));
  }
  SECTION("--columns out of range") {
    CHECK(run_mdexport("in.md -t txt --columns 5", dir.path()).status == 2);
  }
  SECTION("--metadata without '='") {
    const auto r = run_mdexport("in.md -t txt --metadata title", dir.path());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Matchers::Contains("--metadata expects KEY=VALUE, got 'title'"));
  }
  SECTION("an output that would overwrite the input") {
    const auto r = run_mdexport("in.txt -o in.txt", dir.path());
    test::write_file(dir / "in.txt", kDoc);
    const auto again = run_mdexport("in.txt -o ./in.txt", dir.path());
    CHECK(again.status == 2);
    CHECK(test::read_file(dir / "in.txt") == kDoc);
  }
}

TEST_CASE("conversion errors exit with status 1 and lose nothing", "[run]") {
  test::TempDir dir;
  test::write_file(dir / "old.txt", "precious");

  SECTION("malformed front matter: file:line:col, old output untouched, no temporary left") {
    test::write_file(dir / "bad.md", "---\ntitle: [unclosed\n---\n# x\n");
    const auto r = run_mdexport("bad.md -o old.txt", dir.path());
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Matchers::StartsWith("mdexport: bad.md:3:1: error: invalid front matter: "));
    CHECK(test::read_file(dir / "old.txt") == "precious");
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
    CHECK(files == 2);
  }
  SECTION("a missing input") {
    const auto r = run_mdexport("nope.md -o old.txt", dir.path());
    CHECK(r.status == 1);
    CHECK(r.err == "mdexport: error: cannot read nope.md: No such file or directory\n");
    CHECK(test::read_file(dir / "old.txt") == "precious");
  }
  SECTION("a directory without Markdown files as input") {
    const auto r = run_mdexport(". -t txt", dir.path());
    CHECK(r.status == 1);
    CHECK(r.err == "mdexport: error: no Markdown files (*.md, *.markdown) in .\n");
  }
  SECTION("an output directory that does not exist") {
    test::write_file(dir / "in.md", kDoc);
    const auto r = run_mdexport("in.md -o missing/out.txt", dir.path());
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Matchers::Contains("cannot create a file in missing"));
  }
  SECTION("standard output on a full disk") {
    test::write_file(dir / "in.md", kDoc);
    const auto command = "cd '" + dir.path().string() + "' && '" MDEXPORT_BINARY "' in.md -t txt -o - >/dev/full 2>err";
    const int raw = std::system(command.c_str());
    CHECK(WEXITSTATUS(raw) == 1);
    CHECK(test::read_file(dir / "err") == "mdexport: error: cannot write standard output: No space left on device\n");
  }
}

TEST_CASE("invalid UTF-8 converts with a warning that gives line and column", "[run]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", "# Title\n\nab\xC3\x28 cd\r\n");
  const auto r = run_mdexport("in.md -o out.txt", dir.path());
  CHECK(r.status == 0);
  CHECK(r.err == "in.md:3:3: warning: invalid UTF-8 byte replaced by U+FFFD\n");
  CHECK_THAT(test::read_file(dir / "out.txt"), Catch::Matchers::Contains("ab\xEF\xBF\xBD( cd"));
}

namespace {

// A small tree of documents for the batch transcripts.
void make_tree(const test::TempDir& dir) {
  std::filesystem::create_directories(dir / "docs/guide/img");
  test::write_file(dir / "docs/intro.md", "# Intro\n\nSee ![logo](guide/img/logo.png).\n");
  test::write_file(dir / "docs/guide/setup.md", "# Setup\n\n- one\n- two\n");
  test::write_file(dir / "docs/guide/img/logo.png", "not really a png");
  test::write_file(dir / "docs/notes.txt", "not markdown");
}

std::string tree_listing(const std::filesystem::path& root) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root))
    if (e.is_regular_file()) files.push_back(std::filesystem::relative(e.path(), root).generic_string());
  std::sort(files.begin(), files.end());
  std::string out;
  for (const auto& f : files) out += f + "\n";
  return out;
}

}  // namespace

TEST_CASE("directories convert into --out-dir with their tree mirrored", "[run][batch]") {
  test::TempDir dir;
  make_tree(dir);
  const auto r = run_mdexport("docs -t txt --out-dir out", dir.path());
  CHECK(r.status == 0);
  CHECK(tree_listing(dir / "out") == "guide/setup.txt\nintro.txt\n");
  CHECK_THAT(r.err, Catch::Matchers::StartsWith("mdexport: 2 converted, 0 failed, 0 skipped in "));
}

TEST_CASE("several formats come from one parse", "[run][batch]") {
  test::TempDir dir;
  make_tree(dir);
  const auto r = run_mdexport("docs/guide/setup.md -t txt,text,html --out-dir out", dir.path());
  CHECK(r.status == 0);
  CHECK(tree_listing(dir / "out") == "setup.html\nsetup.txt\n");
}

TEST_CASE("parallel output equals serial output", "[run][batch]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "in");
  for (int i = 0; i < 24; ++i)
    test::write_file(dir / ("in/doc" + std::to_string(i) + ".md"),
                     "# Doc " + std::to_string(i) + "\n\n| a | b |\n|---|---|\n| " + std::to_string(i) + " | x |\n");
  REQUIRE(run_mdexport("in -t txt --out-dir serial -j 1", dir.path()).status == 0);
  const auto parallel = run_mdexport("in -t txt --out-dir parallel -j 4", dir.path());
  INFO(parallel.err);
  REQUIRE(parallel.status == 0);
  CHECK(tree_listing(dir / "serial") == tree_listing(dir / "parallel"));
  for (int i = 0; i < 24; ++i) {
    const auto name = "doc" + std::to_string(i) + ".txt";
    CHECK(test::read_file(dir / "serial" / name) == test::read_file(dir / "parallel" / name));
  }
}

TEST_CASE("one bad file does not stop the others unless --fail-fast", "[run][batch]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "in");
  test::write_file(dir / "in/a.md", "---\nbad: [\n---\n");
  test::write_file(dir / "in/b.md", "fine\n");
  test::write_file(dir / "in/c.md", "fine\n");
  const auto r = run_mdexport("in -t txt --out-dir out -j 1", dir.path());
  CHECK(r.status == 1);
  CHECK(tree_listing(dir / "out") == "b.txt\nc.txt\n");
  CHECK_THAT(r.err, Catch::Matchers::Contains("mdexport: 2 converted, 1 failed, 0 skipped in ") &&
                        Catch::Matchers::Contains("  failed: in/a.md: in/a.md:3:1: error: invalid front matter:"));
  const auto fast = run_mdexport("in -t txt --out-dir fast -j 1 --fail-fast", dir.path());
  CHECK(fast.status == 1);
  CHECK_THAT(fast.err, Catch::Matchers::Contains("0 converted, 1 failed, 2 skipped"));
  CHECK_FALSE(std::filesystem::exists(dir / "fast/b.txt"));
}

TEST_CASE("verbose option prints a line per file", "[run][batch]") {
  test::TempDir dir;
  make_tree(dir);
  const auto r = run_mdexport("docs/intro.md -t txt --verbose -o out.txt", dir.path());
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Matchers::StartsWith("docs/intro.md -> out.txt ("));
}

TEST_CASE("depfile option lists each output's input and the files it read", "[run][batch]") {
  test::TempDir dir;
  make_tree(dir);
  const auto r = run_mdexport("docs/intro.md -t html,txt --out-dir out --depfile deps.d", dir.path());
  CHECK(r.status == 0);
  const auto deps = test::read_file(dir / "deps.d");
  CHECK_THAT(deps, Catch::Matchers::StartsWith("out/intro.html out/intro.txt: \\\n  docs/intro.md"));
  CHECK_THAT(deps, Catch::Matchers::Contains("docs/guide/img/logo.png"));
}

TEST_CASE("shard slices are disjoint and together convert every input", "[run][batch]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "in");
  for (int i = 0; i < 30; ++i) test::write_file(dir / ("in/d" + std::to_string(i) + ".md"), "x\n");
  std::string all;
  for (int k = 1; k <= 3; ++k) {
    const auto r = run_mdexport("in -t txt --out-dir out" + std::to_string(k) + " --shard " + std::to_string(k) + "/3",
                                dir.path());
    CHECK(r.status == 0);
    if (std::filesystem::exists(dir / ("out" + std::to_string(k)))) all += tree_listing(dir / ("out" + std::to_string(k)));
  }
  std::vector<std::string> names;
  std::istringstream lines(all);
  for (std::string l; std::getline(lines, l);) names.push_back(l);
  std::sort(names.begin(), names.end());
  CHECK(names.size() == 30);
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  CHECK(run_mdexport("in -t txt --shard 4/3", dir.path()).status == 2);
}

TEST_CASE("options come from mdexport.toml beside the input or --config; flags win", "[run][batch]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "book");
  test::write_file(dir / "book/ch.md", "one two three four five six seven eight nine ten eleven twelve\n");
  test::write_file(dir / "book/mdexport.toml", "to = \"txt\"\ncolumns = 20\n");
  const auto r = run_mdexport("book/ch.md -o -", dir.path());
  CHECK(r.status == 0);
  CHECK(r.out == "one two three four\nfive six seven eight\nnine ten eleven\ntwelve\n");
  const auto flag = run_mdexport("book/ch.md -o - --columns 30", dir.path());
  CHECK(flag.out == "one two three four five six\nseven eight nine ten eleven\ntwelve\n");
  test::write_file(dir / "other.toml", "to = \"txt\"\ncolumns = 25\n");
  const auto explicit_config = run_mdexport("book/ch.md -o - --config other.toml", dir.path());
  CHECK(explicit_config.out == "one two three four five\nsix seven eight nine ten\neleven twelve\n");
}

TEST_CASE("batch usage mistakes", "[run][batch]") {
  test::TempDir dir;
  make_tree(dir);
  CHECK_THAT(run_mdexport("docs -t txt -o x.txt", dir.path()).err,
             Catch::Matchers::Contains("-o names one file: use --out-dir for several inputs or formats"));
  CHECK(run_mdexport("docs -t txt -o x.txt", dir.path()).status == 2);
  std::filesystem::create_directories(dir / "other");
  test::write_file(dir / "other/intro.md", "x\n");
  const auto clash = run_mdexport("docs/intro.md other/intro.md -t txt --out-dir out", dir.path());
  CHECK(clash.status == 2);
  CHECK_THAT(clash.err, Catch::Matchers::Contains("would both write out/intro.txt"));
}

TEST_CASE("an output directory that cannot be written is a clear error", "[run]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", kDoc);
  // root ignores permission bits; sysfs refuses new files even to root.
  std::string target = "/sys/kernel/out.txt";
  if (geteuid() != 0) {
    std::filesystem::create_directory(dir / "ro");
    std::filesystem::permissions(dir / "ro", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    target = (dir / "ro/out.txt").string();
  }
  const auto r = run_mdexport("in.md -o " + target, dir.path());
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Matchers::StartsWith("mdexport: error: cannot create a file in ") &&
                        Catch::Matchers::EndsWith("Permission denied\n"));
}
