#include "formats/pdf/layout.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "convert/conversion.hpp"
#include "fake_metrics.hpp"
#include "support.hpp"

using namespace mdexport::pdf;

namespace {

// Compares with tests/golden/pdf/NAME.layout; on a mismatch the new dump is
// left beside it as NAME.layout.unapproved (rename it to approve).
void check_golden(const std::string& name, std::string actual) {
  // Absolute paths of images depend on the checkout: normalise them.
  const auto root = test::source_dir().string();
  for (std::size_t at; (at = actual.find(root)) != std::string::npos;) actual.replace(at, root.size(), "<src>");
  const auto golden = test::source_dir() / "tests/golden/pdf" / (name + ".layout");
  const auto unapproved = std::filesystem::path(golden.string() + ".unapproved");
  std::string expected;
  if (std::filesystem::exists(golden)) expected = test::read_file(golden);
  if (expected != actual) {
    test::write_file(unapproved, actual);
    FAIL_CHECK("layout of " << name << " differs from " << golden.string() << "; see " << unapproved.string());
    return;
  }
  std::filesystem::remove(unapproved);
}

std::vector<Page> lay_out(const std::string& markdown, LayoutOptions opts = {},
                          std::vector<std::string>* warnings = nullptr) {
  mdexport::ConvertOptions copts;
  mdexport::Diagnostics diag("test.md");
  const auto d = mdexport::load_document(markdown, copts, diag);
  const test::FakeMetrics metrics;
  auto pages = layout_document(d, opts, metrics, diag);
  if (warnings) *warnings = diag.warnings();
  return pages;
}

// A PNG's signature and header, width x height pixels: inspect_image reads
// no more, and it is all the layout needs.
void write_png_header(const std::filesystem::path& path, unsigned width, unsigned height) {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16);
  for (unsigned v : {width, height})
    for (int shift = 24; shift >= 0; shift -= 8) png += static_cast<char>((v >> shift) & 0xFF);
  test::write_file(path, png + std::string(8, '\0'));
}

std::string deep_list(int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- nested item text\n";
  return out;
}

}  // namespace

TEST_CASE("the samples lay out as approved", "[pdf][layout]") {
  for (const std::string name : {"features", "handout", "unicode"}) {
    LayoutOptions opts;
    opts.resource_dir = test::source_dir() / "samples";
    opts.toc = name == "handout";
    const auto md = test::read_file(test::source_dir() / "samples" / (name + ".md"));
    check_golden(name, dump(lay_out(md, opts)));
  }
}

TEST_CASE("nothing is placed outside the text area", "[pdf][layout]") {
  LayoutOptions opts;
  opts.page.width = 300;  // a narrow page: 186.6 pt of text
  const auto pages = lay_out(
      "# A heading long enough to wrap on a narrow page\n\n"
      "Averyveryveryverylongwordwithoutanyspacesatallthatcannotfitonaline and "
      "https://example.com/a/very/long/url/that/goes/on/and/on/and/on\n\n"
      "```\nint main() { return some_function_with_a_long_name(argument_one, argument_two); }\n```\n\n"
      "| a | b | c |\n|---|---|---|\n| wide wide wide wide wide wide | widewidewidewidewidewidewidewidewide | x |\n\n" +
          deep_list(30) + "\n" + std::string(40, '>') + " deeply quoted text that wraps around several times\n",
      opts);
  const double left = opts.page.margin, right = opts.page.width - opts.page.margin;
  const test::FakeMetrics metrics;
  for (const auto& page : pages)
    for (const auto& b : page.boxes) {
      if (b.kind != BoxKind::Text) continue;
      for_each_piece(b, [&](double x, std::string_view piece) {
        INFO(piece);
        CHECK(x >= left - 0.01);
        CHECK(x + metrics.width(b.face, b.size, piece) <= right + 0.01);
      });
    }
}

TEST_CASE("missing and remote images become framed alt text with a warning", "[pdf][layout]") {
  std::vector<std::string> warnings;
  const auto pages = lay_out("See ![the logo](missing.png) and\n![badge](https://img.shields.io/x.svg).\n", {}, &warnings);
  CHECK(warnings == std::vector<std::string>{
                        "test.md:1:5: warning: image not found: missing.png; showing its alt text",
                        "test.md:2:1: warning: remote image not fetched: https://img.shields.io/x.svg; showing its alt text"});
  int frames = 0;
  for (const auto& b : pages[0].boxes) frames += b.kind == BoxKind::Frame;
  CHECK(frames == 2);
}

TEST_CASE("pictures are scaled to fit the text width and the page", "[pdf][layout]") {
  test::TempDir dir;
  write_png_header(dir / "wide.png", 4000, 1000);
  write_png_header(dir / "tall.png", 100, 4000);
  LayoutOptions opts;
  opts.resource_dir = dir.path();
  const auto pages = lay_out("![w](wide.png)\n\n![t](tall.png)\n", opts);
  std::vector<Box> images;
  for (const auto& p : pages)
    for (const auto& b : p.boxes)
      if (b.kind == BoxKind::Image) images.push_back(b);
  REQUIRE(images.size() == 2);
  CHECK(images[0].w == Approx(opts.page.text_width()));
  CHECK(images[0].h == Approx(opts.page.text_width() / 4));
  CHECK(images[1].h <= opts.page.text_height());
  CHECK(images[1].w == Approx(images[1].h / 40));
}

TEST_CASE("raw HTML pictures are drawn at the size their attributes ask for", "[pdf][layout]") {
  test::TempDir dir;
  write_png_header(dir / "pic.png", 400, 200);
  LayoutOptions opts;
  opts.resource_dir = dir.path();
  std::vector<std::string> warnings;
  const auto pages = lay_out("<p align=\"center\">\n<img src=\"pic.png\" width=\"100\">\n</p>\n\n"
                             "Inline <img src=\"pic.png\" alt=\"p\" height=\"40px\"> and "
                             "<img src=\"pic.png\" width=20 height=30>.\n\n"
                             "<div>\n<img src=\"gone.png\" alt=\"Gone\">\n</div>\n",
                             opts, &warnings);
  std::vector<std::pair<double, double>> sizes;
  for (const auto& b : pages.at(0).boxes)
    if (b.kind == BoxKind::Image) sizes.emplace_back(b.w, b.h);
  // CSS pixels are 0.75 pt; a missing side keeps the proportions.
  CHECK(sizes == std::vector<std::pair<double, double>>{{75, 37.5}, {60, 30}, {15, 22.5}});
  CHECK(warnings == std::vector<std::string>{"test.md:7:1: warning: image not found: gone.png; showing its alt text"});
}

TEST_CASE("the table of contents lists headings with their pages and links", "[pdf][layout]") {
  LayoutOptions opts;
  opts.toc = true;
  std::string md = "# One\n\ntext\n\n## Two\n\n";
  for (int i = 0; i < 80; ++i) md += "Paragraph " + std::to_string(i) + ".\n\n";
  md += "# Three\n";
  const auto pages = lay_out(md, opts);
  std::vector<std::string> toc;
  int links = 0;
  for (const auto& b : pages[0].boxes) {
    if (b.kind == BoxKind::Text) toc.push_back(b.text);
    if (b.kind == BoxKind::Link) ++links;
  }
  // Contents on page 1; One and Two on page 2; Three after the paragraphs.
  const auto last = std::to_string(pages.size());
  CHECK(toc == std::vector<std::string>{"Contents", "One", "2", "Two", "2", "Three", last, "1"});
  CHECK(links == 3);
}

TEST_CASE("the table of contents lists raw HTML headings that links can reach", "[pdf][layout]") {
  LayoutOptions opts;
  opts.toc = true;
  const auto pages =
      lay_out("<h1 align=\"center\">Start<br>here</h1>\n\n## Two\n\n<h2>\U0001F642</h2>\n\ntext\n", opts);
  std::vector<std::string> toc;
  int links = 0;
  for (const auto& b : pages[0].boxes) {
    if (b.kind == BoxKind::Text) toc.push_back(b.text);
    if (b.kind == BoxKind::Link) ++links;
  }
  // The emoji heading has no slug, so no link could reach it.
  // Untitled: the title block, as the document does not start with a Markdown heading.
  CHECK(toc == std::vector<std::string>{"Untitled", "Contents", "Start here", "2", "Two", "2", "1"});
  CHECK(links == 2);
}

TEST_CASE("paragraphs are justified and hyphenated as approved", "[pdf][layout]") {
  // One paragraph on a narrow page: justified and hyphenated (English),
  // justified without hyphenation (a language with no dictionary), and
  // ragged right.
  const std::string text =
      "Typography is the art and technique of arranging type to make written language legible, readable and "
      "appealing when displayed. The arrangement of type involves selecting typefaces, point sizes, line "
      "lengths, line spacing and letter spacing, and adjusting the space between pairs of letters.\n";
  LayoutOptions opts;
  opts.page.width = 320;
  check_golden("paragraph-hyphenated", dump(lay_out(text, opts)));
  check_golden("paragraph-unhyphenated", dump(lay_out("---\nlang: tlh\n---\n" + text, opts)));
  opts.ragged = true;
  check_golden("paragraph-ragged", dump(lay_out(text, opts)));
}

TEST_CASE("no line of a paragraph is left alone at a page's top or bottom", "[pdf][layout]") {
  // Filler lines push a four-line paragraph (l1..l4, hard breaks) down a
  // line at a time across the page break: it may split 2 + 2, never 1 + 3
  // (an orphan) or 3 + 1 (a widow).
  for (int filler = 40; filler < 56; ++filler) {
    std::string md;
    for (int i = 0; i < filler; ++i) md += 'f' + std::to_string(i) + "\n\n";
    md += "l1\\\nl2\\\nl3\\\nl4\n";
    const auto pages = lay_out(md);
    std::map<std::size_t, int> per_page;
    for (std::size_t p = 0; p < pages.size(); ++p)
      for (const auto& b : pages[p].boxes)
        if (b.kind == BoxKind::Text && b.text.size() == 2 && b.text[0] == 'l') ++per_page[p];
    INFO("filler paragraphs: " << filler);
    for (const auto& [page, lines] : per_page) {
      CHECK(lines != 1);
      CHECK(lines != 3);
    }
  }
}

TEST_CASE("a picture shrinks into the rest of a page, never below half its size", "[pdf][layout]") {
  test::TempDir dir;
  write_png_header(dir / "square.png", 400, 400);  // 300 pt square
  LayoutOptions opts;
  opts.resource_dir = dir.path();
  auto picture = [&](int lines_before) {
    std::string md;
    for (int i = 0; i < lines_before; ++i) md += 'p' + std::to_string(i) + "\n\n";
    const auto pages = lay_out(md + "![s](square.png)\n", opts);
    for (std::size_t p = 0; p < pages.size(); ++p)
      for (const auto& b : pages[p].boxes)
        if (b.kind == BoxKind::Image) return std::make_pair(p, b.h);
    return std::make_pair(std::size_t{99}, 0.0);
  };
  SECTION("room for most of it: it is scaled down on the same page") {
    const auto [page, h] = picture(22);  // about 440 pt of 728 used
    CHECK(page == 0);
    CHECK(h < 300);
    CHECK(h >= 150);
  }
  SECTION("room for less than half: it goes to the next page, whole") {
    const auto [page, h] = picture(32);  // about 640 pt used
    CHECK(page == 1);
    CHECK(h == Approx(300));
  }
  SECTION("room enough: it keeps its size") {
    const auto [page, h] = picture(2);
    CHECK(page == 0);
    CHECK(h == Approx(300));
  }
}

TEST_CASE("right-to-left paragraphs are set flush right", "[pdf][layout]") {
  // Hebrew words (שלום עולם) enough for several lines.
  std::string text;
  for (int i = 0; i < 40; ++i) text += "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D ";
  LayoutOptions opts;
  const double left = opts.page.margin, right = opts.page.width - opts.page.margin;
  const test::FakeMetrics metrics;
  // Each line's left and right ends, by baseline.
  auto ends = [&](const LayoutOptions& o) {
    std::map<double, std::pair<double, double>> lines;
    const auto pages = lay_out(text + "\n", o);
    for (const auto& b : pages.at(0).boxes) {
      if (b.kind != BoxKind::Text || b.size != 10) continue;  // not the centred title
      for_each_piece(b, [&](double x, std::string_view piece) {
        auto [it, added] = lines.try_emplace(b.y, x, 0);
        it->second.first = std::min(it->second.first, x);
        it->second.second = std::max(it->second.second, x + metrics.width(b.face, b.size, piece));
      });
    }
    std::vector<std::pair<double, double>> out;
    for (const auto& [y, e] : lines) out.push_back(e);
    return out;
  };
  SECTION("justified: every line ends at the right margin, the last one short of the left") {
    const auto lines = ends(opts);
    REQUIRE(lines.size() > 2);
    for (const auto& [l, r] : lines) CHECK(r == Approx(right));
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) CHECK(lines[i].first == Approx(left));
    CHECK(lines.back().first > left + 10);
  }
  SECTION("ragged: every line ends at the right margin") {
    opts.ragged = true;
    for (const auto& [l, r] : ends(opts)) CHECK(r == Approx(right));
  }
}
