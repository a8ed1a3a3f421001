#include "html/html_inlines.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include "convert/conversion.hpp"

using mdexport::fold_inline_html;

namespace {

doc::Document load(const std::string& markdown) {
  mdexport::ConvertOptions opts;
  mdexport::Diagnostics diag;
  return mdexport::load_document(markdown, opts, diag);
}

void append_shape(const doc::Inlines& inlines, std::string& out);

void container(const char* name, const doc::Inline& in, std::string& out) {
  out.append(name);
  if (!in.url.empty()) out.append("[").append(in.url).append("]");
  out.append("(");
  append_shape(in.children, out);
  out.append(")");
}

// The inlines as a short string: raw tags left out, containers as
// Kind(children), links with their URL.
void append_shape(const doc::Inlines& inlines, std::string& out) {
  for (const auto& in : inlines) {
    switch (in.kind) {
      case doc::InlineKind::Text: out.append(in.text); break;
      case doc::InlineKind::SoftBreak: out.append(" "); break;
      case doc::InlineKind::LineBreak: out.append("|"); break;
      case doc::InlineKind::Code: out.append("Code(").append(in.text).append(")"); break;
      case doc::InlineKind::Emphasis: container("Em", in, out); break;
      case doc::InlineKind::Strong: container("Strong", in, out); break;
      case doc::InlineKind::Strikethrough: container("Del", in, out); break;
      case doc::InlineKind::Superscript: container("Sup", in, out); break;
      case doc::InlineKind::Subscript: container("Sub", in, out); break;
      case doc::InlineKind::Link: container("Link", in, out); break;
      case doc::InlineKind::Image: container("Image", in, out); break;
      case doc::InlineKind::FootnoteRef: out.append("^").append(std::to_string(in.number)); break;
      case doc::InlineKind::RawHtml: break;
    }
  }
}

std::string shape(const doc::Inlines& inlines) {
  std::string out;
  append_shape(inlines, out);
  return out;
}

std::size_t depth(const doc::Inlines& inlines) {
  std::size_t deepest = 0;
  for (const auto& in : inlines) deepest = std::max(deepest, 1 + depth(in.children));
  return deepest;
}

std::string folded(const std::string& markdown) {
  return shape(fold_inline_html(load(markdown).blocks.at(0).inlines));
}

}  // namespace

TEST_CASE("inline tags with styles enclose the text up to their closing tag", "[html_inlines]") {
  CHECK(folded("a <b>bold</b> <STRONG>too</STRONG> <i>it</i> <em>x</em> <cite>c</cite> <del>d</del> z\n") ==
        "a Strong(bold) Strong(too) Em(it) Em(x) Em(c) Del(d) z");
  CHECK(folded("<b>bold *and em*</b>\n") == "Strong(bold Em(and em))");
  CHECK(folded("mc<sup>2</sup> and H<SUB>2</SUB>O\n") == "mcSup(2) and HSub(2)O");
  CHECK(folded("press <kbd>Ctrl</kbd>+<kbd>**C**</kbd> or <code>a  b</code>\n") ==
        "press Code(Ctrl)+Code(C) or Code(a  b)");
}

TEST_CASE("inline links become links and remote images alt text", "[html_inlines]") {
  CHECK(folded("see <a href=\"https://example.com/?a=1&amp;b=2\">the *site*</a>.\n") ==
        "see Link[https://example.com/?a=1&b=2](the Em(site)).");
  CHECK(folded("<a href=\"https://x.org\"><img src=\"https://x.org/l.svg\"></a> <img src=//x.org/a.svg> "
               "<img alt=\"npm\" src=https://x.org/n.svg>\n") == "Link[https://x.org]([image])  [image: npm]");
  // A Markdown link around a raw image counts as a link too.
  CHECK(folded("[<img src=\"https://x.org/l.svg\" width=\"40\">](https://x.org)\n") == "Link[https://x.org]([image])");
}

TEST_CASE("inline images of local files are pictures with the size asked for", "[html_inlines]") {
  const auto out = fold_inline_html(
      load("See <img src=\"docs/shot.png\" alt=\"A &amp; B\" width=\"320\" height=\"10em\"> "
           "<a href=\"https://x.org\"><img src=\"logo.png\" HEIGHT=48px></a>\n")
          .blocks.at(0)
          .inlines);
  CHECK(shape(out) == "See Image[docs/shot.png](A & B) Link[https://x.org](Image[logo.png]())");
  REQUIRE(out.size() == 7);  // the raw tags stay
  CHECK(out[2].width == 320);
  CHECK(out[2].height == 0);
  CHECK(out[2].pos.column == 5);
  CHECK(out[5].children.at(1).width == 0);
  CHECK(out[5].children.at(1).height == 48);
}

TEST_CASE("unsafe and target-only anchors are not links", "[html_inlines]") {
  CHECK(folded("<a href=\"javascript:alert(1)\">run</a> <a name=\"here\">here</a> <a href=\" \">x</a>\n") ==
        "run here x");
}

TEST_CASE("line breaks and mismatched tags", "[html_inlines]") {
  CHECK(folded("one<br>two<br/>three\n") == "one|two|three");
  // Closing an outer tag closes the ones inside it; a stray closing tag does nothing.
  CHECK(folded("<b>bold <i>both</b> plain</i></s>\n") == "Strong(bold Em(both)) plain");
  // A tag left open ends with its paragraph, or with the Markdown span it began in.
  CHECK(folded("*a <b>b* c\n") == "Em(a Strong(b)) c");
  CHECK(folded("<b>to the end\n") == "Strong(to the end)");
  CHECK(folded("<span>x</span><u>2</u><!-- note -->\n") == "x2");
}

TEST_CASE("tags nest no deeper than the reader nests Markdown", "[html_inlines]") {
  // The writers recurse into nested inlines: 100,000 open tags once overflowed the stack.
  std::string many;
  for (int i = 0; i < 100000; ++i) many += "<b>";
  const auto out = fold_inline_html(load(many + "x\n").blocks.at(0).inlines);
  CHECK(depth(out) == 65);
  CHECK(doc::plain_text(out) == "x");
  const auto nested = fold_inline_html(load("*a **b " + many + "c** d*\n").blocks.at(0).inlines);
  CHECK(depth(nested) == 65);
}

TEST_CASE("the raw tags stay for the targets they name", "[html_inlines]") {
  const auto out = fold_inline_html(load("<a id=\"t\" href=\"#t\">x</a>\n").blocks.at(0).inlines);
  REQUIRE(out.size() == 3);
  CHECK(out[0].kind == doc::InlineKind::RawHtml);
  CHECK(out[1].kind == doc::InlineKind::Link);
  CHECK(out[2].kind == doc::InlineKind::RawHtml);
}

TEST_CASE("with_inline_html_folded copies only documents with inline HTML", "[html_inlines]") {
  std::optional<doc::Document> storage;
  const auto plain = load("# Title\n\nNo *tags* here.\n");
  CHECK(&mdexport::with_inline_html_folded(plain, storage) == &plain);
  CHECK_FALSE(storage);

  const auto tagged = load("| a |\n| - |\n| <b>cell</b> |\n\n> quote<br>end[^1]\n\n[^1]: note <i>it</i>\n");
  const auto& out = mdexport::with_inline_html_folded(tagged, storage);
  REQUIRE(storage);
  CHECK(&out == &*storage);
  CHECK(shape(out.blocks.at(0).table.rows.at(1).at(0)) == "Strong(cell)");
  CHECK(shape(out.blocks.at(1).children.at(0).inlines) == "quote|end^1");
  CHECK(shape(out.footnotes.at(0).blocks.at(0).inlines) == "note Em(it)");
}
