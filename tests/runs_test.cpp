#include "formats/pdf/runs.hpp"

#include <catch2/catch.hpp>

#include "convert/conversion.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "html/html_inlines.hpp"

using namespace mdexport::pdf;

namespace {

std::vector<Run> runs_of(const std::string& markdown, const ImageFilter& images = [](const doc::Inline&) { return false; }) {
  mdexport::ConvertOptions opts;
  mdexport::Diagnostics diag;
  static doc::Document d;  // the runs point into it (images)
  d = mdexport::load_document(markdown, opts, diag);
  RunStyle base;
  return collect_runs(d.blocks.at(0).inlines, base, images);
}

}  // namespace

TEST_CASE("emphasis, strong and code choose faces", "[pdf][runs]") {
  const auto r = runs_of("a *b* **c** ***d*** `e`\n");
  REQUIRE(r.size() == 8);
  CHECK(r[1].text == "b");
  CHECK(r[1].style.face == face_of(Family::Body, false, true));
  CHECK(r[3].style.face == face_of(Family::Body, true, false));
  CHECK(r[5].style.face == face_of(Family::Body, true, true));
  CHECK(r[7].style.face == face_of(Family::Mono, false, false));
  CHECK(r[7].style.code);
}

TEST_CASE("links carry their target and colour; soft breaks are spaces", "[pdf][runs]") {
  const auto r = runs_of("see [the\nsite](https://example.org) and [below](#tables)\n");
  REQUIRE(r.size() == 4);
  CHECK(r[0].text == "see ");
  CHECK(r[1].text == "the site");
  CHECK(r[1].style.link == "https://example.org");
  CHECK(r[1].style.color == kLinkColor);
  CHECK(r[3].style.link == "#tables");
}

TEST_CASE("footnote references are raised numbers linked to the note", "[pdf][runs]") {
  const auto r = runs_of("Text.[^n]\n\n[^n]: The note.\n");
  REQUIRE(r.size() == 2);
  CHECK(r[1].text == "1");
  CHECK(r[1].footnote == 1);
  CHECK(r[1].style.superscript);
  CHECK(r[1].style.link == "#fn:1");
}

TEST_CASE("hard breaks end lines and raw tags make no runs", "[pdf][runs]") {
  // layout_document has made <br> and <kbd> inlines (html_inlines) by now.
  const auto r = runs_of("one\\\ntwo<br>three <kbd>Ctrl</kbd>\n");
  std::vector<std::string> parts;
  for (const auto& run : r) parts.push_back(run.line_break ? "<BR>" : run.text);
  CHECK(parts == std::vector<std::string>{"one", "<BR>", "twothree Ctrl"});
}

TEST_CASE("superscripts are raised and subscripts lowered at 0.7 of the size", "[pdf][runs]") {
  mdexport::ConvertOptions opts;
  mdexport::Diagnostics diag;
  const auto d = mdexport::load_document("mc<sup>2</sup> H<sub>2</sub>O\n", opts, diag);
  RunStyle base;
  const auto r = collect_runs(mdexport::fold_inline_html(d.blocks.at(0).inlines), base,
                              [](const doc::Inline&) { return false; });
  REQUIRE(r.size() == 5);
  CHECK(r[1].text == "2");
  CHECK(r[1].style.superscript);
  CHECK_FALSE(r[1].style.subscript);
  CHECK(r[1].style.size == Approx(7));
  CHECK(r[3].text == "2");
  CHECK(r[3].style.subscript);
  CHECK_FALSE(r[3].style.superscript);
  CHECK(r[4].text == "O");
  CHECK(r[4].style.size == Approx(10));
}

TEST_CASE("images are pictures when the filter says so, else framed alt text", "[pdf][runs]") {
  SECTION("shown") {
    const auto r = runs_of("![alt](a.png)\n", [](const doc::Inline&) { return true; });
    REQUIRE(r.size() == 1);
    REQUIRE(r[0].image);
    CHECK(r[0].image->url == "a.png");
  }
  SECTION("not shown") {
    const auto r = runs_of("![alt](a.png)![](b.png)\n");
    REQUIRE(r.size() == 2);
    CHECK(r[0].text == "alt");
    CHECK(r[0].style.framed);
    CHECK(r[1].text == "image");  // no alt text: still something to frame
  }
}
