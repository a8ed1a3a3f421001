#include "mdexport.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

TEST_CASE("the library converts strings and files", "[mdexport]") {
  SECTION("a string to text, in memory") {
    CHECK(mdexport::convert_string("# T\n\nHello *there*.\n", "txt") == "T\n===\n\nHello _there_.\n");
  }
  SECTION("warnings come back in the report") {
    mdexport::ConvertReport report;
    mdexport::convert_string("[x](#nowhere)\n", "txt", {}, mdexport::Registry(), &report);
    CHECK(report.warnings == std::vector<std::string>{"<string>:1:1: warning: link to #nowhere matches no heading"});
  }
  SECTION("an unknown format is an Error") {
    CHECK_THROWS_AS(mdexport::convert_string("x", "docx"), mdexport::Error);
  }
  SECTION("a file to a file, format from the extension, title from the file name") {
    test::TempDir dir;
    test::write_file(dir / "notes.md", "plain words\n");
    mdexport::ConvertOptions opts;
    opts.metadata = {{"author", "Ada"}};
    mdexport::convert_file(dir / "notes.md", dir / "notes.txt", {}, opts);
    CHECK(test::read_file(dir / "notes.txt") == "plain words\n");
  }
  SECTION("a failed file conversion leaves the old output untouched") {
    test::TempDir dir;
    test::write_file(dir / "bad.md", "---\nk: [\n---\n");
    test::write_file(dir / "bad.txt", "old");
    CHECK_THROWS_AS(mdexport::convert_file(dir / "bad.md", dir / "bad.txt"), mdexport::Error);
    CHECK(test::read_file(dir / "bad.txt") == "old");
  }
}
