#include <catch2/catch.hpp>

#include <cstdlib>

#include "convert/conversion.hpp"
#include "epub_check.hpp"
#include "formats/epub/epub_writer.hpp"
#include "markdown/reader.hpp"
#include "spec_examples.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

std::string entry(const std::string& epub, const std::string& name) {
  for (auto& [n, bytes] : test::unzip(epub))
    if (n == name) return bytes;
  return "";
}

std::vector<std::string> names(const std::string& epub) {
  std::vector<std::string> out;
  for (auto& [n, bytes] : test::unzip(epub)) out.push_back(n);
  return out;
}

// Sets SOURCE_DATE_EPOCH for the life of the object.
struct SourceDateEpoch {
  explicit SourceDateEpoch(const char* value) { setenv("SOURCE_DATE_EPOCH", value, 1); }
  ~SourceDateEpoch() { unsetenv("SOURCE_DATE_EPOCH"); }
};

// Writes each book to dir, checks its inside, then runs epubcheck on all.
void require_valid(const std::vector<std::pair<std::string, std::string>>& books, const test::TempDir& dir) {
  std::vector<fs::path> files;
  for (const auto& [name, bytes] : books) {
    INFO(name);
    CHECK(test::book_problems(bytes) == "");
    files.push_back(dir / (name + ".epub"));
    test::write_file(files.back(), bytes);
  }
  const auto reports = test::epubcheck(files);
  for (const auto& report : reports) CHECK(report == "");
}

// 1x1 images in each format.
const std::string kPng = std::string(
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9c" "c\xf8\xcf\xc0\xf0"
    "\x1f\0\x05\0\x01\xff\x89\x99=\x1d\0\0\0\0IEND\xae\x42\x60\x82",
    70);
const std::string kGif = std::string("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02\x44\x01\0;", 42);
const std::string kSvg =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
    "<rect width=\"10\" height=\"10\" fill=\"red\"/></svg>\n";

doc::Inline text(const std::string& s) {
  doc::Inline in;
  in.text = s;
  return in;
}

}  // namespace

TEST_CASE("The samples become valid EPUBs", "[epub]") {
  test::TempDir dir;
  std::vector<std::pair<std::string, std::string>> books;
  for (const char* sample : {"handout", "features", "unicode"}) {
    mdexport::WriteOptions opts;
    opts.resource_dir = test::source_dir() / "samples";
    std::vector<std::string> warnings;
    books.emplace_back(sample, test::to_epub(test::read_file(test::source_dir() / "samples" / (std::string(sample) + ".md")), opts, &warnings));
  }
  require_valid(books, dir);

  SECTION("the handout has its metadata, a title page and one file per level-1 heading") {
    const auto& book = books[0].second;
    const auto opf = entry(book, "EPUB/package.opf");
    CHECK_THAT(opf, Catch::Contains("<dc:title id=\"title\">MDMA-Assisted Psychotherapy</dc:title>"));
    CHECK_THAT(opf, Catch::Contains("<dc:creator id=\"creator-1\">mdexport sample</dc:creator>"));
    CHECK_THAT(opf, Catch::Contains("<dc:language>en</dc:language>"));
    CHECK_THAT(opf, Catch::Contains("<dc:date>2026-11-25</dc:date>"));
    CHECK_THAT(opf, Catch::Contains("<dc:subject>PTSD</dc:subject>"));
    CHECK_THAT(opf, Catch::Contains("<meta property=\"schema:accessibilityHazard\">none</meta>"));
    CHECK_THAT(opf, Catch::Contains("<dc:identifier id=\"pub-id\">urn:uuid:"));
    const std::vector<std::string> expected = {"mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                                               "EPUB/toc.ncx", "EPUB/css/style.css", "EPUB/title.xhtml",
                                               "EPUB/ch001.xhtml", "EPUB/ch002.xhtml"};
    CHECK(names(book) == expected);
    CHECK_THAT(entry(book, "EPUB/title.xhtml"), Catch::Contains("A Plain-Language Overview for Patients and Clinicians"));
  }
}

TEST_CASE("The same input gives the same bytes with SOURCE_DATE_EPOCH", "[epub]") {
  const auto markdown = test::read_file(test::source_dir() / "samples" / "features.md");
  mdexport::WriteOptions opts;
  opts.resource_dir = test::source_dir() / "samples";
  SourceDateEpoch epoch("1700000000");
  const auto first = test::to_epub(markdown, opts);
  const auto second = test::to_epub(markdown, opts);
  CHECK(first == second);
  CHECK_THAT(entry(first, "EPUB/package.opf"), Catch::Contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"));

  SECTION("and a different identifier for different content") {
    const auto other = test::to_epub(markdown + "\nOne more line.\n", opts);
    const auto id_of = [](const std::string& epub) {
      const auto opf = entry(epub, "EPUB/package.opf");
      const auto at = opf.find("urn:uuid:");
      return opf.substr(at, 45);
    };
    CHECK(id_of(first) != id_of(other));
  }
}

TEST_CASE("Content is split at headings and links follow their targets", "[epub]") {
  const std::string md =
      "Intro links to [the end](#end) and cites a note.[^a]\n\n"
      "# One\n\nSee [two](#two).\n\n"
      "# Two\n\nText.[^b] Back to [one](#one); <a href=\"#anchor\">raw link</a>.\n\n"
      "## Sub\n\n<a name=\"anchor\"></a>Anchored.\n\n"
      "# End\n\nDone; [nowhere](#nowhere).\n\n"
      "[^a]: Note A.\n[^b]: Note B, see [^a].\n";
  std::vector<std::string> warnings;

  SECTION("by default, one file per level-1 heading plus what comes before the first") {
    const auto book = test::to_epub(md, {}, &warnings);
    CHECK(test::book_problems(book) == "");
    const auto ch1 = entry(book, "EPUB/ch001.xhtml"), ch2 = entry(book, "EPUB/ch002.xhtml"),
               ch3 = entry(book, "EPUB/ch003.xhtml"), ch4 = entry(book, "EPUB/ch004.xhtml");
    CHECK_THAT(ch1, Catch::Contains("<a href=\"ch004.xhtml#end\">the end</a>"));
    CHECK_THAT(ch2, Catch::Contains("<a href=\"ch003.xhtml#two\">two</a>"));
    CHECK_THAT(ch3, Catch::Contains("<a href=\"ch002.xhtml#one\">one</a>"));
    CHECK_THAT(ch3, Catch::Contains("<a href=\"#anchor\">raw link</a>"));
    CHECK_THAT(ch3, Catch::Contains("<a id=\"anchor\"></a>"));
    SECTION("footnotes sit in the file of their first reference, with links both ways") {
      CHECK_THAT(ch1, Catch::Contains("<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn-1\" id=\"fnref-1\">1</a>"));
      CHECK_THAT(ch1, Catch::Contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-1\" class=\"footnote\">"));
      CHECK_THAT(ch1, Catch::Contains("<a href=\"#fnref-1\" role=\"doc-backlink\" class=\"footnote-back\">1.</a> Note A."));
      CHECK_THAT(ch3, Catch::Contains("id=\"fn-2\""));
      // Note B's reference to note A leads back to the first file.
      CHECK_THAT(ch3, Catch::Contains("href=\"ch001.xhtml#fn-1\" id=\"fnref-1-2\""));
    }
    SECTION("a link to nothing keeps its text only") {
      CHECK_THAT(ch4, Catch::Contains("<a>nowhere</a>"));
    }
    SECTION("the tables of contents nest and point into the files") {
      const auto nav = entry(book, "EPUB/nav.xhtml");
      CHECK_THAT(nav, Catch::Contains("<a href=\"ch003.xhtml#two\">Two</a>"));
      CHECK_THAT(nav, Catch::Contains("<a href=\"ch003.xhtml#sub\">Sub</a>"));
      CHECK_THAT(entry(book, "EPUB/toc.ncx"), Catch::Contains("<content src=\"ch003.xhtml#sub\""));
    }
  }
  SECTION("--split-level 0 keeps one file") {
    mdexport::WriteOptions opts;
    opts.split_level = 0;
    const auto book = test::to_epub(md, opts);
    CHECK(test::book_problems(book) == "");
    CHECK(entry(book, "EPUB/ch002.xhtml").empty());
    CHECK_THAT(entry(book, "EPUB/ch001.xhtml"), Catch::Contains("<a href=\"#end\">the end</a>"));
  }
  SECTION("--split-level 2 also splits at level-2 headings") {
    mdexport::WriteOptions opts;
    opts.split_level = 2;
    const auto book = test::to_epub(md, opts);
    CHECK(test::book_problems(book) == "");
    CHECK_THAT(entry(book, "EPUB/ch004.xhtml"), Catch::Contains("id=\"sub\""));
    CHECK_THAT(entry(book, "EPUB/ch003.xhtml"), Catch::Contains("<a href=\"ch004.xhtml#anchor\">raw link</a>"));
  }
}

TEST_CASE("Images, cover, raw HTML and notes make a valid book", "[epub]") {
  test::TempDir dir;
  fs::create_directories(dir / "img");
  test::write_file(dir / "img" / "dot.png", kPng);
  test::write_file(dir / "img" / "same dot.png", kPng);
  test::write_file(dir / "anim.gif", kGif);
  test::write_file(dir / "shape.svg", kSvg);
  test::write_file(dir / "cover.png", kPng + std::string("\0", 1));
  test::write_file(dir / "fake.png", "not an image");
  test::write_file(dir / "pic.webp", test::webp_1x1());
  test::write_file(dir.path().parent_path() / "x.png", kPng);
  const std::string md =
      "---\ntitle: Pictures\nauthor: [Ann, Bob]\ncover-image: cover.png\nlang: de\n---\n"
      "![a dot](img/dot.png) and again ![dot](img/dot.png \"Dot\") and ![copy](img/same%20dot.png)\n\n"
      "![anim](anim.gif) ![shape](shape.svg)\n\n"
      "![remote](https://example.com/badge.svg)\n\n"
      "[![badge](https://img.shields.io/x.svg)](https://example.com)\n\n"
      "![gone](missing.png) ![fake](fake.png)\n![esc](../x.png) ![w](pic.webp)\n\n"
      "<div align=\"center\"><img src=\"img/dot.png\" width=\"50%\"><br>\n<script>alert(1)</script>"
      "<p onclick=\"x()\">Click <a href=\"javascript:alert(1)\">me</a><!-- a -- comment --></p></div>\n\n"
      "Inline <kbd>Ctrl</kbd>+<kbd>C</kbd> and a note[^n].\n\n"
      "<details><summary>More</summary>\n\nHidden *text*.\n\n</details>\n\n"
      "<table><tr><td>cell<td>cell 2</tr><caption>Cap</caption></table>\n\n"
      "[^n]: The note.\n";
  mdexport::WriteOptions opts;
  opts.resource_dir = dir.path();
  std::vector<std::string> warnings;
  const auto book = test::to_epub(md, opts, &warnings);
  require_valid({{"pictures", book}}, dir);

  SECTION("local images are copied once, under safe names, with their media types") {
    const auto opf = entry(book, "EPUB/package.opf");
    CHECK_THAT(opf, Catch::Contains("href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\""));
    CHECK_THAT(opf, Catch::Contains("href=\"images/dot.png\" media-type=\"image/png\""));
    CHECK_THAT(opf, Catch::Contains("href=\"images/anim.gif\" media-type=\"image/gif\""));
    CHECK_THAT(opf, Catch::Contains("href=\"images/shape.svg\" media-type=\"image/svg+xml\""));
    CHECK_THAT(opf, !Catch::Contains("same_dot"));
    // WebP is not an EPUB 3.2 core type: a PNG copy is its fallback.
    CHECK_THAT(opf, Catch::Contains("href=\"images/pic.webp\" media-type=\"image/webp\" fallback=\"img-5-png\""));
    CHECK_THAT(opf, Catch::Contains("<item id=\"img-5-png\" href=\"images/pic.png\" media-type=\"image/png\""));
    CHECK(entry(book, "EPUB/images/dot.png") == kPng);
    const auto ch = entry(book, "EPUB/ch001.xhtml");
    CHECK_THAT(ch, Catch::Contains("<img src=\"images/dot.png\" alt=\"a dot\"/>"));
    CHECK_THAT(ch, Catch::Contains("<img src=\"images/dot.png\" alt=\"copy\"/>"));
  }
  SECTION("remote images become links, missing ones their alt text, each with a warning") {
    const auto ch = entry(book, "EPUB/ch001.xhtml");
    CHECK_THAT(ch, Catch::Contains("<a href=\"https://example.com/badge.svg\" class=\"image-link\">remote</a>"));
    CHECK_THAT(ch, Catch::Contains("<a href=\"https://example.com\"><span class=\"image-alt\">badge</span></a>"));
    CHECK_THAT(ch, Catch::Contains("<span class=\"image-alt\">gone</span>"));
    const std::vector<std::string> expected = {
        "test.md:11:1: warning: remote image https://example.com/badge.svg is not fetched; it is shown as a link",
        "test.md:13:2: warning: remote image https://img.shields.io/x.svg is not fetched; it is shown as a link",
        "test.md:15:1: warning: image not found: missing.png; its alt text is shown",
        "test.md:15:22: warning: not a PNG, JPEG, GIF, SVG or WebP image: fake.png; its alt text is shown",
        "test.md:16:1: warning: image ../x.png is outside the document's directory and --resource-path; not read; "
        "its alt text is shown",
    };
    CHECK(warnings == expected);
  }
  SECTION("raw HTML is sanitized") {
    const auto ch = entry(book, "EPUB/ch001.xhtml");
    CHECK_THAT(ch, Catch::Contains("<div style=\"text-align: center\"><img src=\"images/dot.png\" alt=\"\" style=\"width: 50%\"/><br/>"));
    CHECK_THAT(ch, !Catch::Contains("script"));
    CHECK_THAT(ch, !Catch::Contains("alert"));
    CHECK_THAT(ch, !Catch::Contains("onclick"));
    CHECK_THAT(ch, !Catch::Contains("<!--"));
    CHECK_THAT(ch, Catch::Contains("<p>Click <a>me</a></p>"));
    CHECK_THAT(ch, Catch::Contains("<kbd>Ctrl</kbd>+<kbd>C</kbd>"));
    CHECK_THAT(ch, Catch::Contains("<table><caption>Cap</caption><tr><td>cell</td><td>cell 2</td></tr></table>"));
  }
  SECTION("the language and the cover page are there") {
    CHECK_THAT(entry(book, "EPUB/ch001.xhtml"), Catch::Contains("lang=\"de\" xml:lang=\"de\""));
    CHECK_THAT(entry(book, "EPUB/cover.xhtml"), Catch::Contains("<img src=\"images/cover.png\" alt=\"Cover: Pictures\"/>"));
    CHECK_THAT(entry(book, "EPUB/package.opf"), Catch::Contains("<meta property=\"schema:accessMode\">visual</meta>"));
  }
}

TEST_CASE("A stylesheet given with --css replaces the built-in one, and an unreadable one is an error", "[epub]") {
  test::TempDir dir;
  test::write_file(dir / "my.css", "body { color: #333; }\n");
  mdexport::WriteOptions opts;
  opts.css = dir / "my.css";
  CHECK(entry(test::to_epub("# Hi\n", opts), "EPUB/css/style.css") == "body { color: #333; }\n");
  opts.css = dir / "none.css";
  CHECK_THROWS_WITH(test::to_epub("# Hi\n", opts), Catch::StartsWith("error: cannot read stylesheet"));
}

TEST_CASE("An empty document is still a valid book", "[epub]") {
  test::TempDir dir;
  doc::Document untitled;  // as a library caller might pass it: no title at all
  mdexport::Diagnostics diag;
  mdexport::StringSink sink;
  mdexport::make_epub_writer()->write(untitled, {}, diag, sink);
  CHECK_THAT(entry(sink.str(), "EPUB/package.opf"), Catch::Contains("<dc:title id=\"title\">Untitled</dc:title>"));
  require_valid({{"empty", test::to_epub("")}, {"untitled", sink.str()}}, dir);
}

TEST_CASE("The language is kept when it is a language tag, else it is 'en' with a warning", "[epub]") {
  for (const char* tag : {"de", "en-US", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "abcdefgh-12345678"}) {
    INFO(tag);
    std::vector<std::string> warnings;
    const auto book = test::to_epub(std::string("---\nlang: ") + tag + "\n---\ntext\n", {}, &warnings);
    CHECK_THAT(entry(book, "EPUB/package.opf"), Catch::Contains(std::string("<dc:language>") + tag + "</dc:language>"));
    CHECK(warnings.empty());
  }
  for (const char* tag : {"en_US", "1en", "en-", "-en", "en--US", "abcdefghi", "en-123456789", "\"fr\""}) {
    INFO(tag);
    std::vector<std::string> warnings;
    const auto book = test::to_epub(std::string("---\nlang: '") + tag + "'\n---\ntext\n", {}, &warnings);
    CHECK_THAT(entry(book, "EPUB/package.opf"), Catch::Contains("<dc:language>en</dc:language>"));
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::Contains("is not a BCP 47 language tag; using 'en'"));
  }
}

TEST_CASE("The command line takes --split-level and --css", "[epub]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", "# A\n\n## B\n\n# C\n");
  test::write_file(dir / "s.css", "p { margin: 0; }\n");
  const auto run = test::run_mdexport("in.md -o out.epub --split-level 2 --css s.css", dir.path());
  CHECK(run.status == 0);
  CHECK(run.err == "");
  const auto book = test::read_file(dir / "out.epub");
  CHECK(entry(book, "EPUB/ch003.xhtml").find("id=\"c\"") != std::string::npos);
  CHECK(entry(book, "EPUB/css/style.css") == "p { margin: 0; }\n");
  require_valid({{"cli", book}}, dir);
  CHECK(test::run_mdexport("in.md -o out.epub --split-level 7", dir.path()).status == 2);
  CHECK(test::run_mdexport("in.md -o out.html --css missing.css", dir.path()).status == 2);
  CHECK(test::run_mdexport("in.md -o out.html", dir.path()).status == 0);
  CHECK(test::read_file(dir / "out.html").starts_with("<!DOCTYPE html>"));
}

TEST_CASE("Real READMEs with raw HTML become valid EPUBs", "[epub][corpus]") {
  test::TempDir dir;
  std::vector<std::pair<std::string, std::string>> books;
  for (const auto& file : fs::directory_iterator(test::corpus_dir() / "readmes")) {
    mdexport::WriteOptions opts;
    opts.resource_dir = file.path().parent_path();
    books.emplace_back(file.path().stem().string(), test::to_epub(test::read_file(file.path()), opts));
  }
  std::sort(books.begin(), books.end());
  REQUIRE(books.size() == 10);
  require_valid(books, dir);
}

TEST_CASE("The CommonMark spec examples as one book are valid", "[epub][corpus]") {
  const auto examples = test::read_spec_examples(test::corpus_dir() / "spec.txt");
  REQUIRE(examples.size() > 600);
  // Each example is read on its own, so that an unclosed fence or a stray
  // link definition stays inside it, and its blocks become one section.
  doc::Document book;
  book.meta.title = "CommonMark examples";
  std::string section;
  mdexport::Diagnostics diag("spec.txt");
  for (std::size_t i = 0; i < examples.size(); ++i) {
    if (examples[i].section != section) {
      section = examples[i].section;
      doc::Block h;
      h.kind = doc::BlockKind::Heading;
      h.level = 1;
      h.inlines.push_back(text(section));
      h.id = "section-" + std::to_string(i);
      book.blocks.push_back(h);
    }
    doc::Block h;
    h.kind = doc::BlockKind::Heading;
    h.level = 2;
    h.inlines.push_back(text("Example " + std::to_string(i + 1)));
    h.id = "example-" + std::to_string(i + 1);
    book.blocks.push_back(h);
    auto part = mdexport::read_markdown(examples[i].input, diag);
    REQUIRE(part.footnotes.empty());
    for (auto& b : part.blocks) book.blocks.push_back(std::move(b));
  }
  mdexport::StringSink sink;
  mdexport::make_epub_writer()->write(book, {}, diag, sink);
  test::TempDir dir;
  require_valid({{"spec", sink.str()}}, dir);
}
