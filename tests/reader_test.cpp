#include "markdown/reader.hpp"

#include <cmark-gfm/registry.h>
#include <cmark-gfm/syntax_extension.h>

#include <catch2/catch.hpp>

#include "support.hpp"

using doc::BlockKind;
using doc::InlineKind;
using mdexport::Diagnostics;
using mdexport::read_markdown;

namespace {

doc::Document read(std::string_view md, Diagnostics* diag_out = nullptr) {
  Diagnostics diag("r.md");
  auto d = read_markdown(md, diag);
  if (diag_out) *diag_out = diag;
  return d;
}

}  // namespace

TEST_CASE("the reader builds our document model", "[reader]") {
  SECTION("headings carry level, text and GitHub id") {
    const auto d = read("# One\n\n## Two words\n\nSetext\n======\n");
    REQUIRE(d.blocks.size() == 3);
    CHECK(d.blocks[0].kind == BlockKind::Heading);
    CHECK(d.blocks[0].level == 1);
    CHECK(d.blocks[1].id == "two-words");
    CHECK(d.blocks[2].level == 1);
    CHECK(doc::plain_text(d.blocks[2].inlines) == "Setext");
  }
  SECTION("inline styles nest") {
    const auto d = read("a *b **c** ~~d~~* `e`\n");
    const auto& in = d.blocks.at(0).inlines;
    REQUIRE(in.size() == 4);
    CHECK(in[1].kind == InlineKind::Emphasis);
    CHECK(in[1].children[1].kind == InlineKind::Strong);
    CHECK(in[1].children[3].kind == InlineKind::Strikethrough);
    CHECK(in[3].kind == InlineKind::Code);
    CHECK(in[3].text == "e");
  }
  SECTION("links, autolinks and images keep url and title") {
    const auto d = read("[t](http://x.org \"T\") www.example.com ![alt](a.png)\n");
    const auto& in = d.blocks.at(0).inlines;
    CHECK(in[0].kind == InlineKind::Link);
    CHECK(in[0].url == "http://x.org");
    CHECK(in[0].title == "T");
    CHECK(in[2].kind == InlineKind::Link);
    CHECK(in[2].url == "http://www.example.com");
    CHECK(in[4].kind == InlineKind::Image);
    CHECK(doc::plain_text(in[4].children) == "alt");
  }
  SECTION("smart punctuation") {
    const auto d = read("\"Hi\" -- it's...\n");
    CHECK(doc::plain_text(d.blocks.at(0).inlines) == "\u201CHi\u201D \u2013 it\u2019s\u2026");
  }
  SECTION("lists: ordered with start, tight, task items") {
    const auto d = read("7. a\n8. b\n\n- [x] done\n- [ ] open\n- plain\n");
    REQUIRE(d.blocks.size() == 2);
    CHECK(d.blocks[0].ordered);
    CHECK(d.blocks[0].start == 7);
    CHECK(d.blocks[0].tight);
    const auto& items = d.blocks[1].children;
    CHECK(items[0].task == doc::Task::Done);
    CHECK(items[1].task == doc::Task::Open);
    CHECK(items[2].task == doc::Task::None);
  }
  SECTION("tables keep alignment and every row") {
    const auto d = read("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 |\n");
    REQUIRE(d.blocks.at(0).kind == BlockKind::Table);
    const auto& t = d.blocks[0].table;
    CHECK(t.align == std::vector<doc::Align>{doc::Align::Left, doc::Align::Center, doc::Align::Right});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].size() == 3);
    CHECK(doc::plain_text(t.rows[1][1]) == "2");
  }
  SECTION("footnotes are numbered in order of reference; unreferenced ones dropped") {
    const auto d = read("x[^b] y[^a] z[^b]\n\n[^a]: A.\n[^b]: B.\n[^c]: unused\n");
    REQUIRE(d.footnotes.size() == 2);
    CHECK(doc::plain_text(d.footnotes[0].blocks.at(0).inlines) == "B.");
    const auto& in = d.blocks.at(0).inlines;
    CHECK(in[1].kind == InlineKind::FootnoteRef);
    CHECK(in[1].number == 1);
    CHECK(in[3].number == 2);
    CHECK(in[5].number == 1);
  }
  SECTION("code blocks, raw HTML, quotes and breaks") {
    const auto d = read("```cpp\nint x;\n```\n\n<div>raw</div>\n\n> q\n\n---\n");
    CHECK(d.blocks[0].kind == BlockKind::CodeBlock);
    CHECK(d.blocks[0].info == "cpp");
    CHECK(d.blocks[0].text == "int x;\n");
    CHECK(d.blocks[1].kind == BlockKind::HtmlBlock);
    CHECK(d.blocks[2].kind == BlockKind::BlockQuote);
    CHECK(d.blocks[3].kind == BlockKind::ThematicBreak);
  }
  SECTION("source positions count the front matter lines") {
    const auto d = read("---\ntitle: T\n---\n\n# H\n");
    CHECK(d.meta.title == "T");
    CHECK(d.blocks.at(0).pos.line == 5);
    CHECK(d.blocks.at(0).pos.column == 1);
  }
  SECTION("a link to a missing heading id is a warning with its position") {
    Diagnostics diag;
    read("# Here\n\n[ok](#here) and [bad](#nowhere)\n", &diag);
    REQUIRE(diag.warnings().size() == 1);
    CHECK(diag.warnings()[0] == "r.md:3:17: warning: link to #nowhere matches no heading");
  }
  SECTION("nesting deeper than any real document is flattened, not refused") {
    const auto d = read(std::string(50000, '>') + " deep\n");
    int depth = 0;
    const doc::Block* b = &d.blocks.at(0);
    while (b->kind == BlockKind::BlockQuote && !b->children.empty()) {
      b = &b->children[0];
      ++depth;
    }
    CHECK(depth <= 64);
    CHECK(doc::plain_text(b->inlines) == "deep");
  }
}

TEST_CASE("metadata falls back to the first level-1 heading and then the file name", "[reader]") {
  Diagnostics diag;
  auto d = read_markdown("## Two\n\n# First One\n\n# Second\n", diag);
  mdexport::complete_metadata(d, "file");
  CHECK(d.meta.title == "First One");
  auto none = read_markdown("text\n", diag);
  mdexport::complete_metadata(none, "file");
  CHECK(none.meta.title == "file");
}

TEST_CASE("links to raw HTML anchors and headings are not reported", "[reader]") {
  Diagnostics diag;
  read_markdown("<h2>Quick Start</h2>\n\n<a name=\"legacy\"></a>\n\n[a](#quick-start) [b](#legacy) [c](#Quick-Start)\n", diag);
  CHECK(diag.warnings().empty());
}

TEST_CASE("warnings stop after a limit and are counted", "[reader]") {
  Diagnostics diag("many.md");
  std::string md;
  for (int i = 0; i < 100; ++i) md += "[x](#missing" + std::to_string(i) + ")\n";
  read_markdown(md, diag);
  REQUIRE(diag.warnings().size() == Diagnostics::kMaxWarnings + 1);
  CHECK(diag.warnings().back() == "many.md: warning: 70 more warnings not shown");
}

// cmark-gfm guards its extension registration with a plain int; a batch's
// first files are read on several threads at once. Registering twice lists
// every extension twice (and leaks one set, which ASan reports).
TEST_CASE("the first reads on several threads register the extensions once", "[reader]") {
  test::run_together(8, [](int) { read("| a |\n|---|\n| b |\n"); });

  cmark_mem* mem = cmark_get_default_mem_allocator();
  cmark_llist* list = cmark_list_syntax_extensions(mem);
  int tables = 0;
  for (cmark_llist* it = list; it; it = it->next)
    tables += std::string_view(static_cast<cmark_syntax_extension*>(it->data)->name) == "table";
  cmark_llist_free(mem, list);
  CHECK(tables == 1);
}
