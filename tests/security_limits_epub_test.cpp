// Small hostile inputs that once took huge time or memory outside the PDF
// writer: each finishes within a budget (run under timeout and a memory
// limit), and its output is valid or it fails with a clear error.
#include <catch2/catch.hpp>

#include <string>

#include "epub_check.hpp"
#include "support.hpp"

namespace {

// Generous budgets: a Release build needs a small fraction of them. A
// sanitizer build reserves terabytes of address space, so it runs without
// the memory limit and with more time.
std::string budget() {
  const auto time = "timeout " + std::to_string(120 * test::kSlowdown);
  return test::kSlowdown > 1 ? time : "ulimit -v 4000000 && " + time;
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Converts doc.md (holding markdown) to each format in dir under the budget.
test::Run convert_in_budget(const test::TempDir& dir, const std::string& markdown, const std::string& args) {
  test::write_file(dir / "doc.md", markdown);
  return test::run_mdexport(args + " doc.md", dir.path(), budget());
}

}  // namespace

TEST_CASE("front matter nested 200,000 deep fails at once with the line and column of depth 65",
          "[security][limits]") {
  test::TempDir dir;
  const std::string deep = repeat("[", 200000) + repeat("]", 200000);
  for (const char* format : {"txt", "epub", "html"}) {
    const auto run = convert_in_budget(dir, "---\nk: " + deep + "\n---\n\ntext\n", std::string("-t ") + format);
    CHECK(run.status == 1);
    CHECK(run.err.find("doc.md:2:67: error: front matter nested deeper than 64 levels") != std::string::npos);
  }
  SECTION("block nesting counts the same") {
    const auto nested = convert_in_budget(dir, "---\n" + repeat("- ", 70) + "x\n---\ntext\n", "-t txt");
    CHECK(nested.status == 1);
    CHECK(nested.err.find("doc.md:2:129: error: front matter nested deeper than 64 levels") != std::string::npos);
  }
  SECTION("64 levels are still read") {
    const auto run = convert_in_budget(dir, "---\nk: " + repeat("[", 63) + repeat("]", 63) + "\ntitle: T\n---\ntext\n",
                                       "-t txt");
    CHECK(run.status == 0);
    CHECK(run.err.empty());
  }
}

TEST_CASE("front matter with 100,000 anchors fails at once", "[security][limits]") {
  test::TempDir dir;
  std::string yaml = "---\nk:\n";
  for (int i = 0; i < 100000; ++i) yaml += "- &x" + std::to_string(i) + " v\n";
  const auto run = convert_in_budget(dir, yaml + "---\ntext\n", "-t txt");
  CHECK(run.status == 1);
  CHECK(run.err.find("doc.md:1003:3: error: front matter has more than 1000 anchors") != std::string::npos);
}

TEST_CASE("front matter with 20,000 aliases fails at once", "[security][limits]") {
  test::TempDir dir;
  const auto run = convert_in_budget(dir, "---\na: &a v\nk: [" + repeat("*a,", 20000) + "*a]\n---\ntext\n", "-t txt");
  CHECK(run.status == 1);
  CHECK(run.err.find("error: front matter has more than 10000 aliases") != std::string::npos);
}

TEST_CASE("front matter aliases cannot expand into gigabytes of metadata", "[security][limits]") {
  test::TempDir dir;
  SECTION("a 1 MB scalar named 5,000 times as authors") {
    const auto run = convert_in_budget(
        dir, "---\ns: &s " + std::string(1000000, 'x') + "\nauthors: [" + repeat("*s,", 4999) + "*s]\n---\ntext\n",
        "-t epub");
    CHECK(run.status == 1);
    CHECK(run.err.find("doc.md:2:1: error: front matter expands to too much text (aliases?)") != std::string::npos);
  }
  SECTION("a mapping of 100,000 pairs named 5,000 times as authors") {
    std::string map = "{";
    for (int i = 0; i < 100000; ++i) map.append("k").append(std::to_string(i)).append(": v,");
    map += "z: v}";
    const auto run =
        convert_in_budget(dir, "---\nm: &m " + map + "\nauthors: [" + repeat("*m,", 4999) + "*m]\n---\ntext\n", "-t txt");
    CHECK(run.status == 1);
    CHECK(run.err.find("error: front matter expands to too much text (aliases?)") != std::string::npos);
  }
  SECTION("a billion laughs is cut short, not expanded") {
    const auto run = convert_in_budget(dir, test::aliased_yaml("lol", 9, 10) + "---\ntext\n", "-t txt");
    CHECK(run.status == 0);
  }
}

TEST_CASE("70,000 chapters fail with an error naming the heading, never a corrupt EPUB", "[security][limits][epub]") {
  test::TempDir dir;
  const auto run = convert_in_budget(dir, repeat("# h\n\n", 70000), "-t epub -o book.epub");
  CHECK(run.status == 1);
  CHECK(run.err.find("doc.md:131053:1: error: too many chapters: this heading would start chapter 65527, past the "
                     "65526 an EPUB holds beside its other files in a zip without zip64; use a lower --split-level "
                     "(0 puts the text in one file)") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "book.epub"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);  // doc.md alone: no temp file

  SECTION("the same text in one file converts") {
    const auto one = convert_in_budget(dir, repeat("# h\n\n", 70000), "-t epub --split-level 0 -o book.epub");
    CHECK(one.status == 0);
    const auto entries = test::unzip(test::read_file(dir / "book.epub"));
    CHECK(entries.size() == 8);
  }
}

TEST_CASE("an EPUB of 65,526 chapters, the most a zip without zip64 lists, is a valid zip", "[security][limits][epub][slow]") {
  test::TempDir dir;
  const auto run = convert_in_budget(dir, repeat("# h\n\n", 65526), "-t epub -o book.epub");
  REQUIRE(run.status == 0);
  const auto entries = test::unzip(test::read_file(dir / "book.epub"));
  CHECK(entries.size() == 65533);
  CHECK(entries.front().first == "mimetype");
  CHECK(entries.back().first == "EPUB/ch65526.xhtml");
  CHECK(test::book_problems(test::read_file(dir / "book.epub")).empty());
}

TEST_CASE("100,000 raw HTML elements with one id get unique ids in linear time", "[security][limits][slow]") {
  test::TempDir dir;
  for (const char* format : {"html", "epub"}) {
    const auto run = convert_in_budget(dir, repeat("<p id=\"x\">a</p>\n\n", 100000),
                                       std::string("-t ") + format + " -o out." + format);
    REQUIRE(run.status == 0);
    if (std::string(format) == "html") {
      const auto html = test::read_file(dir / "out.html");
      CHECK(html.find("id=\"x-99999\"") != std::string::npos);
    } else {
      CHECK(test::book_problems(test::read_file(dir / "out.epub")).empty());
    }
  }
}

TEST_CASE("100,000 '# a' headings and 300,000 setext headings convert to text, HTML and one-file EPUB within budget",
          "[security][limits][slow]") {
  test::TempDir dir;
  for (const auto& markdown : {repeat("# a\n\n", 100000), repeat("a\n=\n\n", 300000)}) {
    for (const char* format : {"txt", "html"}) {
      const auto run = convert_in_budget(dir, markdown, std::string("-t ") + format + " -o out." + format);
      CHECK(run.status == 0);
    }
    const auto run = convert_in_budget(dir, markdown, "-t epub --split-level 0 -o out.epub");
    CHECK(run.status == 0);
    CHECK(test::book_problems(test::read_file(dir / "out.epub")).empty());
  }
}
