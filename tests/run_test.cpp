#include "cli/run.hpp"

#include <catch2/catch.hpp>
#include <sys/wait.h>

#include <cstdlib>

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
  SECTION("a directory as input") {
    const auto r = run_mdexport(". -o old.txt", dir.path());
    CHECK(r.status == 1);
    CHECK(r.err == "mdexport: error: cannot read .: it is a directory\n");
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
    CHECK(test::read_file(dir / "err") == "mdexport: error: cannot write standard output\n");
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
