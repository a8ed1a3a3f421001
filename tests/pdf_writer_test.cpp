#include "formats/pdf/pdf_writer.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "convert/conversion.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/image_info.hpp"
#include "html/html_inlines.hpp"
#include "html/html_text.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

constexpr double kA4Width = 595.276, kA4Height = 841.89, kMargin = 56.69;

// Converts a Markdown file with the CLI (SOURCE_DATE_EPOCH fixed) and returns
// the PDF path inside dir.
fs::path to_pdf(const fs::path& md, const test::TempDir& dir, const std::string& extra = "",
                std::string* warnings = nullptr) {
  const auto pdf = dir / (md.stem().string() + ".pdf");
  const auto r = test::run_mdexport("'" + md.string() + "' -o '" + pdf.string() + "' " + extra);
  REQUIRE(r.status == 0);
  if (warnings) *warnings = r.err;
  return pdf;
}

// --- What the reader should get back: the document's words, in order ----

std::string joined_words(const std::string& text) {
  std::string out;
  for (const auto& w : test::words(text)) out += w;
  return out;
}

struct Expected {
  std::string body;                  // words in reading order, run together
  std::map<int, std::string> notes;  // each footnote's words, after its number
  std::set<std::string> headers;     // table header rows, repeated on new pages
};

class ExpectedWords {
 public:
  explicit ExpectedWords(fs::path dir) : dir_(std::move(dir)) {}

  Expected of(const doc::Document& d) {
    Expected e;
    const auto& m = d.meta;
    const bool repeated = !d.blocks.empty() && d.blocks[0].kind == doc::BlockKind::Heading &&
                          d.blocks[0].level == 1 && doc::plain_text(d.blocks[0].inlines) == m.title;
    std::string text;
    if (!repeated) {
      text += m.title + " " + m.subtitle + " ";
      for (const auto& a : m.authors) text += a + " ";
      text += m.date + " ";
    }
    blocks(d.blocks, text, e);
    e.body = joined_words(mdexport::pdf::drawable_text(text));
    for (std::size_t i = 0; i < d.footnotes.size(); ++i) {
      std::string note = std::to_string(i + 1) + " ";
      blocks(d.footnotes[i].blocks, note, e);
      e.notes[static_cast<int>(i) + 1] = joined_words(mdexport::pdf::drawable_text(note));
    }
    return e;
  }

 private:
  void inlines(const doc::Inlines& list, std::string& out) {
    using K = doc::InlineKind;
    for (const auto& in : list) {
      switch (in.kind) {
        case K::Text:
        case K::Code: out += in.text; break;
        case K::SoftBreak:
        case K::LineBreak: out += ' '; break;
        case K::Emphasis:
        case K::Strong:
        case K::Strikethrough:
        case K::Superscript:
        case K::Subscript:
        case K::Link: inlines(in.children, out); break;
        case K::Image:
          if (mdexport::pdf::inspect_image(in.url, mdexport::ResourcePolicy(dir_)).type == mdexport::pdf::ImageType::None) {
            const auto alt = doc::plain_text(in.children);
            out += " " + (alt.empty() ? std::string("image") : alt) + " ";
          }
          break;
        case K::FootnoteRef: out += " " + std::to_string(in.number) + " "; break;
        case K::RawHtml: break;  // what it shows is in the folded inlines
      }
    }
    out += ' ';
  }

  void blocks(const std::vector<doc::Block>& list, std::string& out, Expected& e) {
    using K = doc::BlockKind;
    for (const auto& b : list) {
      switch (b.kind) {
        case K::Paragraph:
        case K::Heading: inlines(b.inlines, out); break;
        case K::CodeBlock: out += b.text + " "; break;
        case K::HtmlBlock:
          for (const auto& p : mdexport::html_paragraphs(b.text)) out += doc::plain_text(p.inlines) + " ";
          break;
        case K::BlockQuote:
        case K::ListItem: blocks(b.children, out, e); break;
        case K::List: {
          int n = b.start;
          for (const auto& item : b.children) {
            if (b.ordered) out += " " + std::to_string(n++) + " ";
            blocks(item.children, out, e);
          }
          break;
        }
        case K::ThematicBreak: break;
        case K::Table: {
          for (std::size_t r = 0; r < b.table.rows.size(); ++r) {
            std::string row;
            for (const auto& cell : b.table.rows[r]) inlines(cell, row);
            if (r == 0) e.headers.insert(joined_words(mdexport::pdf::drawable_text(row)));
            out += row;
          }
          break;
        }
      }
    }
  }

  fs::path dir_;
};

// The words pdftotext reads from the text area (footers cropped off), in
// content order, must be the expected body with each footnote, and any
// repeated table header, inserted somewhere.
void check_words(const fs::path& md, const fs::path& pdf) {
  mdexport::ConvertOptions copts;
  copts.fallback_title = md.stem().string();
  mdexport::Diagnostics diag;
  const auto source = mdexport::load_document(test::read_file(md), copts, diag);
  // The words as the layout sees them, inline raw HTML folded.
  std::optional<doc::Document> folded;
  const auto expected = ExpectedWords(md.parent_path()).of(mdexport::with_inline_html_folded(source, folded));
  const auto r = test::sh("pdftotext -raw -x 0 -y 0 -W 596 -H " + std::to_string(static_cast<int>(kA4Height - kMargin)) +
                    " '" + pdf.string() + "' -");
  REQUIRE(r.status == 0);
  CHECK(r.err == "");  // no warnings, e.g. about the ToUnicode CMap
  const auto actual = joined_words(r.out);
  std::size_t i = 0, p = 0;
  std::set<int> placed;
  auto at = [&](const std::string& s) { return actual.compare(i, s.size(), s) == 0; };
  while (i < actual.size()) {
    if (p < expected.body.size() && actual[i] == expected.body[p]) {
      ++i, ++p;
      continue;
    }
    bool found = false;
    for (const auto& [n, words] : expected.notes)
      if (!placed.count(n) && at(words)) {
        i += words.size();
        placed.insert(n);
        found = true;
        break;
      }
    for (const auto& h : expected.headers)
      if (!found && !h.empty() && at(h)) {
        i += h.size();
        found = true;
      }
    if (!found) {
      INFO("pdf:      ..." << actual.substr(i < 60 ? 0 : i - 60, 120));
      INFO("expected: ..." << expected.body.substr(p < 60 ? 0 : p - 60, 120));
      FAIL("extracted text of " << pdf.filename() << " departs from the document at character " << i);
    }
  }
  CHECK(p == expected.body.size());
  CHECK(placed.size() == expected.notes.size());
}

// Every word's box, as pdftotext -bbox reports it, must lie in the text area;
// only the page number may sit in the bottom margin.
void check_on_page(const fs::path& pdf) {
  const auto r = test::sh("pdftotext -bbox '" + pdf.string() + "' -");
  REQUIRE(r.status == 0);
  static const std::regex word(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  constexpr double kSlack = 1.5;  // glyph boxes from font ascent and descent, not ink
  int count = 0;
  for (std::sregex_iterator it(r.out.begin(), r.out.end(), word), end; it != end; ++it) {
    const double x0 = std::stod((*it)[1]), y0 = std::stod((*it)[2]), x1 = std::stod((*it)[3]), y1 = std::stod((*it)[4]);
    const std::string text = (*it)[5];
    ++count;
    const bool footer = y0 > kA4Height - kMargin && text.find_first_not_of("0123456789") == std::string::npos;
    INFO(pdf.filename() << ": '" << text << "' at " << x0 << "," << y0 << " - " << x1 << "," << y1);
    CHECK(x0 >= kMargin - kSlack);
    CHECK(x1 <= kA4Width - kMargin + kSlack);
    CHECK(y0 >= kMargin - kSlack);
    if (!footer) CHECK(y1 <= kA4Height - kMargin + kSlack);
  }
  CHECK(count > 0);
}

std::vector<std::string> outline_titles(const fs::path& pdf) {
  const auto r = test::sh("qpdf --json --json-key=outlines '" + pdf.string() + "'");
  REQUIRE(r.status == 0);
  std::vector<std::string> titles;
  static const std::regex title(R"re("title": "((?:[^"\\]|\\.)*)")re");
  for (std::sregex_iterator it(r.out.begin(), r.out.end(), title), end; it != end; ++it)
    titles.push_back((*it)[1]);
  return titles;
}

// qpdf's JSON lists an entry's keys alphabetically: "kids" before "title".
// So the titles it shows come in post-order of the outline tree; the tree
// built from the heading levels is written out in the same order.
struct Node {
  std::string title;
  int level = 0;
  std::vector<Node> kids;
};

void post_order(const Node& n, std::vector<std::string>& out) {
  for (const auto& k : n.kids) post_order(k, out);
  if (n.level > 0) out.push_back(n.title);
}

void heading_tree(const std::vector<doc::Block>& blocks, std::vector<Node*>& path) {
  for (const auto& b : blocks) {
    if (b.kind == doc::BlockKind::Heading) {
      while (path.size() > 1 && path.back()->level >= b.level) path.pop_back();
      path.back()->kids.push_back({doc::plain_text(b.inlines), b.level, {}});
      path.push_back(&path.back()->kids.back());
    }
    heading_tree(b.children, path);
  }
}

std::vector<std::string> expected_outline(const std::vector<doc::Block>& blocks) {
  Node root;
  std::vector<Node*> path{&root};
  heading_tree(blocks, path);
  std::vector<std::string> out;
  post_order(root, out);
  return out;
}

const char* const kSamples[] = {"features", "handout", "unicode"};

// A real 3 x 2 pixel RGB PNG.
const std::string kPng(
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x03\x00\x00\x00\x02\x08"
    "\x02\x00\x00\x00\x12\x16\xF1\x4D\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9C\x63\xF8\xCF\xC0\xC0\x00\xC1"
    "\x70\x16\x00\x3B\xD8\x05\xFB\xDE\x10\x37\x65\x00\x00\x00\x00\x49\x45\x4E\x44\xAE\x42\x60\x82",
    73);

}  // namespace

TEST_CASE("PDFs pass qpdf and embed every font", "[pdf][tools]") {
  test::TempDir dir;
  for (const char* name : kSamples) {
    const auto pdf = to_pdf(test::source_dir() / "samples" / (std::string(name) + ".md"), dir);
    const auto check = test::sh("qpdf --check '" + pdf.string() + "'");
    INFO(check.out << check.err);
    CHECK(check.status == 0);
    CHECK(check.out.find("No syntax or stream encoding errors") != std::string::npos);
    const auto fonts = test::sh("pdffonts '" + pdf.string() + "'");
    REQUIRE(fonts.status == 0);
    int rows = 0;
    std::istringstream lines(fonts.out);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);
    while (std::getline(lines, line)) {
      ++rows;
      INFO(line);
      // name, type words, encoding, then emb sub uni: all three "yes".
      CHECK(line.find("Identity-H       yes yes yes") != std::string::npos);
    }
    CHECK(rows >= 2);
  }
}

TEST_CASE("extracted text is the document's words in order", "[pdf][tools]") {
  test::TempDir dir;
  // unicode.md is checked character by character below: pdftotext moves the
  // punctuation at the ends of right-to-left lines, so words differ there.
  for (const char* name : {"features", "handout"}) {
    const auto md = test::source_dir() / "samples" / (std::string(name) + ".md");
    check_words(md, to_pdf(md, dir));
  }
}

TEST_CASE("every character of a multilingual document can be copied out", "[pdf][tools]") {
  test::TempDir dir;
  const auto md = test::source_dir() / "samples" / "unicode.md";
  const auto r = test::sh("pdftotext '" + to_pdf(md, dir).string() + "' -");
  REQUIRE(r.status == 0);
  CHECK(r.err == "");
  mdexport::ConvertOptions copts;
  mdexport::Diagnostics diag;
  const auto d = mdexport::load_document(test::read_file(md), copts, diag);
  // Everything must come back, emoji sequences with their joiners,
  // variation selectors and skin tones, Arabic as its letters, not the
  // joined forms drawn.
  const auto expected = ExpectedWords(md.parent_path()).of(d).body;
  std::set<char32_t> extracted;
  for (std::size_t i = 0; i < r.out.size();) extracted.insert(mdexport::pdf::next_code_point(r.out, i));
  std::string missing;
  for (std::size_t i = 0; i < expected.size();) {
    const auto start = i;
    if (!extracted.count(mdexport::pdf::next_code_point(expected, i))) missing += expected.substr(start, i - start) + " ";
  }
  CHECK(missing == "");
  SECTION("right-to-left words come out in reading order") {
    CHECK_THAT(r.out, Catch::Matchers::Contains("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));  // שלום
    CHECK_THAT(r.out, Catch::Matchers::Contains("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7"));  // مرحبا
  }
}

TEST_CASE("lam-alef is drawn as one ligature and copies as its two letters", "[pdf][tools]") {
  test::TempDir dir;
  // "لا" and "السلام": lam then alef, which shape_arabic joins into one glyph.
  test::write_file(dir / "lam.md", "\xD9\x84\xD8\xA7\n\n\xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\n");
  const auto pdf = to_pdf(dir / "lam.md", dir);
  const auto r = test::sh("pdftotext '" + pdf.string() + "' -");
  CHECK(r.err == "");
  CHECK_THAT(r.out, Catch::Matchers::Contains("\xD9\x84\xD8\xA7"));
  CHECK_THAT(r.out, Catch::Matchers::Contains("\xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"));
}

TEST_CASE("characters beyond U+FFFF reach the page the bookmarks and the info", "[pdf][tools]") {
  test::TempDir dir;
  // U+1F680 rocket, U+1D400 mathematical bold A.
  test::write_file(dir / "astral.md", "---\ntitle: Rocket \xF0\x9F\x9A\x80 guide\n---\n\n# Launch \xF0\x9F\x9A\x80 now\n\n"
                                      "Bold \xF0\x9D\x90\x80 letter. Flag \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 here.\n");
  const auto pdf = to_pdf(dir / "astral.md", dir);
  const auto text = test::sh("pdftotext '" + pdf.string() + "' -");
  CHECK(text.err == "");
  CHECK_THAT(text.out, Catch::Matchers::Contains("Launch \xF0\x9F\x9A\x80 now"));
  CHECK_THAT(text.out, Catch::Matchers::Contains("Bold \xF0\x9D\x90\x80 letter."));
  // Regional indicators: drawn as their letters (libunibreak 1.1 aborts on
  // them unless break_items hides them).
  CHECK_THAT(text.out, Catch::Matchers::Contains("Flag \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 here."));
  const auto info = test::sh("pdfinfo '" + pdf.string() + "'");
  CHECK_THAT(info.out, Catch::Matchers::Contains("Title:           Rocket \xF0\x9F\x9A\x80 guide"));
  const auto outline = test::sh("qpdf --json --json-key=outlines '" + pdf.string() + "'");
  CHECK_THAT(outline.out, Catch::Matchers::Contains("\"title\": \"Launch \xF0\x9F\x9A\x80 now\""));
  // No empty box: the glyphs come from a font that has them (Symbola).
  CHECK_THAT(test::sh("pdffonts '" + pdf.string() + "'").out, Catch::Matchers::Contains("Symbola"));
}

TEST_CASE("a format character no font has is neither drawn nor copied", "[pdf][tools]") {
  test::TempDir dir;
  // The flag of England: a black flag, then tag letters "gbeng" and a
  // cancel tag, which no installed font draws; U+200D, which DejaVu has.
  test::write_file(dir / "tags.md", "Flag \xF0\x9F\x8F\xB4\xF3\xA0\x81\xA7\xF3\xA0\x81\xA2\xF3\xA0\x81\xA5"
                                    "\xF3\xA0\x81\xAE\xF3\xA0\x81\xA7\xF3\xA0\x81\xBF here a\xE2\x80\x8D" "b.\n");
  const auto r = test::sh("pdftotext '" + to_pdf(dir / "tags.md", dir).string() + "' -");
  CHECK(r.err == "");
  // A tag drawn from a font without it would be a .notdef box copied as the tag.
  CHECK_THAT(r.out, Catch::Matchers::Contains("Flag \xF0\x9F\x8F\xB4 here a\xE2\x80\x8D" "b."));
}

TEST_CASE("embedded fonts hold only the glyphs drawn", "[pdf][tools]") {
  test::TempDir dir;
  test::write_file(dir / "small.md", "# Hi\n\nA short line, with *some* **styles** and `code`.\n");
  const auto pdf = to_pdf(dir / "small.md", dir);
  // Five fonts (sans bold, serif, serif italic, serif bold, mono): whole,
  // they would be over 2 MB; libharu's subsets kept every table but the
  // outlines, some 150 KB per font.
  CHECK(fs::file_size(pdf) < 40'000);
  CHECK(test::sh("qpdf --check '" + pdf.string() + "'").status == 0);
}

TEST_CASE("no word falls outside the text area", "[pdf][tools]") {
  test::TempDir dir;
  test::write_file(dir / "long.md",
                   "# Long things\n\nhttps://example.com/a/very/long/url/that/goes/on/and/on/and/on/and/on/and/on/forever\n\n"
                   "```\n" + std::string(300, 'x') + "\n```\n\n| a | b | c | d |\n|---|---|---|---|\n| " +
                       std::string(200, 'w') + " | some words here | " + std::string(80, 'z') + " | 1 |\n");
  check_on_page(to_pdf(dir / "long.md", dir));
  for (const char* name : kSamples) check_on_page(to_pdf(test::source_dir() / "samples" / (std::string(name) + ".md"), dir));
}

TEST_CASE("the outline mirrors the headings and links are clickable", "[pdf][tools]") {
  test::TempDir dir;
  const auto md = test::source_dir() / "samples/features.md";
  const auto pdf = to_pdf(md, dir);
  mdexport::ConvertOptions copts;
  mdexport::Diagnostics diag;
  const auto d = mdexport::load_document(test::read_file(md), copts, diag);
  CHECK(outline_titles(pdf) == expected_outline(d.blocks));
  const auto bytes = test::read_file(pdf);
  SECTION("URI annotations for URLs, go-to annotations for #id links") {
    // libharu writes '/' in strings as \057.
    CHECK(bytes.find(R"(/URI (https:\057\057commonmark.org\057))") != std::string::npos);
    CHECK(bytes.find("/URI (mailto:hello@example.com)") != std::string::npos);
    CHECK(bytes.find("/Subtype /Link") != std::string::npos);
    CHECK(bytes.find("/Dest ") != std::string::npos);
  }
}

TEST_CASE("raw HTML headings are headings and its targets take links", "[pdf][tools]") {
  test::TempDir dir;
  const auto md = dir / "raw.md";
  test::write_file(md,
                   "# Guide\n\nSee [how to set up](#install), [the notes](#notes) and [the end](#end).\n\n"
                   "<h2 align=\"center\">Install</h2>\n\nRun it.\n\n<a name=\"notes\"></a>\n\nNotes.\n\n"
                   "<div id=\"end\"></div>\n");
  const auto pdf = to_pdf(md, dir);
  CHECK(outline_titles(pdf) == std::vector<std::string>{"Install", "Guide"});
  const auto bytes = test::read_file(pdf);
  std::size_t links = 0;
  for (auto at = bytes.find("/Subtype /Link"); at != std::string::npos; at = bytes.find("/Subtype /Link", at + 1))
    ++links;
  // The heading's slug, the inline <a name> and the block's empty <div id>.
  CHECK(links == 3);
  SECTION("the centred heading sits in the middle of the page") {
    const auto r = test::sh("pdftotext -bbox '" + pdf.string() + "' -");
    static const std::regex word(
        R"re(<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">Install</word>)re");
    std::smatch m;
    REQUIRE(std::regex_search(r.out, m, word));
    CHECK(std::abs((std::stod(m[1]) + std::stod(m[2])) / 2 - kA4Width / 2) < 1);
  }
}

TEST_CASE("inline raw HTML styles its text and its links take clicks", "[pdf][tools]") {
  test::TempDir dir;
  const auto md = dir / "inline.md";
  test::write_file(md,
                   "Plain words, <b>bold words</b> and <a href=\"https://example.org/?a=1&amp;b=2\">a link</a>.\n\n"
                   "| Tool |\n| - |\n| <a href=\"https://one.example/\"><img src=\"https://one.example/logo.svg\"></a> |\n");
  const auto pdf = to_pdf(md, dir);
  const auto fonts = test::sh("pdffonts '" + pdf.string() + "'");
  CHECK_THAT(fonts.out, Catch::Matchers::Contains("DejaVuSerif-Bold"));
  const auto bytes = test::read_file(pdf);
  // libharu writes '/' as \057.
  CHECK_THAT(bytes, Catch::Matchers::Contains("/URI (https:\\057\\057example.org\\057?a=1&b=2)"));
  CHECK_THAT(bytes, Catch::Matchers::Contains("/URI (https:\\057\\057one.example\\057)"));
  const auto text = test::sh("pdftotext '" + pdf.string() + "' -");
  CHECK_THAT(text.out, Catch::Matchers::Contains("[image]"));
}

TEST_CASE("fallback fonts from the font cache give the same bytes as from fontconfig", "[pdf][tools]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", "# \xE4\xBD\xA0\xE5\xA5\xBD \xE2\x9C\xA8\n\nHebrew \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D.\n");
  const test::ScopedEnv date("SOURCE_DATE_EPOCH", "1700000000");
  const auto run = [&](const std::string& cache) {
    return test::run_mdexport("a.md -t pdf -o -", dir.path(), "MDEXPORT_CACHE_DIR='" + cache + "'");
  };
  const auto cache = (dir / "cache").string();
  const auto first = run(cache);
  REQUIRE(first.status == 0);
  const auto kept = test::read_file(dir / "cache" / "font-fallback");
  CHECK_THAT(kept, Catch::Matchers::Contains("char 4F60\nfont "));
  const auto cached = run(cache), uncached = run("");
  REQUIRE(cached.status == 0);
  REQUIRE(uncached.status == 0);
  CHECK(cached.out == first.out);
  CHECK(uncached.out == first.out);
  CHECK(test::read_file(dir / "cache" / "font-fallback") == kept);
}

TEST_CASE("the same input gives the same bytes, dated SOURCE_DATE_EPOCH", "[pdf][tools]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", "---\ntitle: Tïtle\nauthor: [Ann, Bo]\nkeywords: [x, y]\n---\n\nText.\n");
  const std::string args = "a.md -t pdf -o -";
  const auto run = [&] { return test::run_mdexport(args, dir.path()); };
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const auto a = run(), b = run();
  ::unsetenv("SOURCE_DATE_EPOCH");
  REQUIRE(a.status == 0);
  CHECK(a.out.rfind("%PDF-1.", 0) == 0);  // -o - writes the PDF to standard output
  CHECK(a.out == b.out);
  test::write_file(dir / "a.pdf", a.out);
  const auto info = test::sh("pdfinfo -isodates '" + (dir / "a.pdf").string() + "'");
  CHECK_THAT(info.out, Catch::Matchers::Contains("Title:           Tïtle"));
  CHECK_THAT(info.out, Catch::Matchers::Contains("Author:          Ann, Bo"));
  CHECK_THAT(info.out, Catch::Matchers::Contains("Keywords:        x, y"));
  CHECK_THAT(info.out, Catch::Matchers::Contains("CreationDate:    2023-11-14T22:13:20Z"));
  CHECK(a.out.find("/Lang (en)") != std::string::npos);  // the catalog names the language
}

TEST_CASE("paper, margin, size and fonts can be chosen", "[pdf][tools]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", "# Title\n\nSome `code` text.\n");
  SECTION("paper size") {
    const auto pdf = to_pdf(dir / "a.md", dir, "--paper letter --margin 1in --font-size 12");
    CHECK_THAT(test::sh("pdfinfo '" + pdf.string() + "'").out, Catch::Matchers::Contains("612 x 792 pts (letter)"));
  }
  SECTION("a family by name and a font file") {
    const auto pdf = to_pdf(dir / "a.md", dir,
                            "--body-font 'Liberation Serif' --mono-font /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
    const auto fonts = test::sh("pdffonts '" + pdf.string() + "'").out;
    CHECK_THAT(fonts, Catch::Matchers::Contains("LiberationSerif"));
    CHECK_THAT(fonts, Catch::Matchers::Contains("DejaVuSansMono"));
  }
  SECTION("an unknown family is an error naming it") {
    const auto r = test::run_mdexport("a.md -o a.pdf --body-font 'No Such Font'", dir.path());
    CHECK(r.status == 1);
    CHECK(r.err ==
          "mdexport: error: --body-font: no TrueType font of family 'No Such Font' found by fontconfig "
          "(fc-list lists the installed families)\n");
    CHECK_FALSE(fs::exists(dir / "a.pdf"));
  }
  SECTION("a bad margin is a usage error") {
    CHECK(test::run_mdexport("a.md -o a.pdf --margin 3furlongs", dir.path()).status == 2);
    CHECK(test::run_mdexport("a.md -o a.pdf --margin 12cm", dir.path()).status == 1);
  }
}

TEST_CASE("local PNG images are embedded, missing ones warned about", "[pdf][tools]") {
  test::TempDir dir;
  test::write_file(dir / "dot.png", kPng);
  test::write_file(dir / "a.md", "# Pictures\n\n![three dots](dot.png)\n\nText ![gone](gone.png) here.\n");
  const auto r = test::run_mdexport("a.md -o a.pdf", dir.path());
  CHECK(r.status == 0);
  CHECK(r.err == "a.md:5:6: warning: image not found: gone.png; showing its alt text\n");
  const auto bytes = test::read_file(dir / "a.pdf");
  CHECK(bytes.find("/Subtype /Image") != std::string::npos);
  // pdfimages lists an image where a page's contents draw it.
  const auto listed = test::sh("pdfimages -list '" + (dir / "a.pdf").string() + "'");
  CHECK(std::regex_search(listed.out, std::regex("\\n +1 +0 +image +3 +2 ")));
  CHECK(test::sh("qpdf --check '" + (dir / "a.pdf").string() + "'").status == 0);
  CHECK_THAT(test::sh("pdftotext '" + (dir / "a.pdf").string() + "' -").out, Catch::Matchers::Contains("Text gone here."));
}

TEST_CASE("real READMEs extract exactly and stay on the page", "[pdf][corpus]") {
  test::TempDir dir;
  for (const auto& entry : fs::directory_iterator(test::corpus_dir() / "readmes")) {
    const auto pdf = to_pdf(entry.path(), dir);
    check_words(entry.path(), pdf);
    check_on_page(pdf);
    CHECK(test::sh("qpdf --check '" + pdf.string() + "'").status == 0);
  }
}
