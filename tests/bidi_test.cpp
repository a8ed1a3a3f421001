#include "formats/pdf/bidi.hpp"

#include <catch2/catch.hpp>

#include "fake_metrics.hpp"

using namespace mdexport::pdf;

namespace {

const Measure& kMeasure = test::fake_measure();

std::vector<Run> runs(std::string text) {
  Run r;
  r.text = std::move(text);
  return {r};
}

std::string visual(const std::vector<Line>& lines) {
  std::string s;
  for (const auto& f : lines.at(0).fragments) s += (s.empty() ? "" : "|") + f.text;
  return s;
}

}  // namespace

TEST_CASE("right-to-left words are drawn in visual order", "[pdf][bidi]") {
  SECTION("inside a left-to-right paragraph, the Hebrew stretch is reversed in place") {
    const auto r = runs("ab \xD7\x90\xD7\x91 \xD7\x92\xD7\x93 cd");  // ab אב גד cd
    CHECK_FALSE(rtl_paragraph(r));
    // Visually: ab, then גד before אב (each drawn right to left), then cd.
    CHECK(visual(break_lines(r, 200, kMeasure)) == "ab |\xD7\x93\xD7\x92 \xD7\x91\xD7\x90| cd");
  }
  SECTION("a paragraph starting with Hebrew reads from the right") {
    const auto r = runs("\xD7\x90\xD7\x91 ab");  // אב ab
    CHECK(rtl_paragraph(r));
    CHECK(visual(break_lines(r, 200, kMeasure)) == "ab| \xD7\x91\xD7\x90");
  }
  SECTION("brackets in right-to-left text are mirrored") {
    const auto r = runs("\xD7\x90(\xD7\x91)");  // א(ב)
    CHECK(visual(break_lines(r, 200, kMeasure)) == "(\xD7\x91)\xD7\x90");
  }
  SECTION("left-to-right lines are left alone") {
    const auto lines = break_lines(runs("plain text"), 200, kMeasure);
    CHECK(visual(lines) == "plain text");
  }
}

TEST_CASE("Arabic letters take their joined forms", "[pdf][bidi]") {
  // كتب: kaf, teh, beh -> initial kaf, medial teh, final beh.
  CHECK(shape_arabic("\xD9\x83\xD8\xAA\xD8\xA8") == "\xEF\xBB\x9B\xEF\xBA\x98\xEF\xBA\x90");
  CHECK(shape_arabic("no Arabic here") == "no Arabic here");
}

TEST_CASE("lam followed by alef is one ligature", "[pdf][bidi]") {
  SECTION("alone: the isolated ligature") {
    CHECK(shape_arabic("\xD9\x84\xD8\xA7") == "\xEF\xBB\xBB");  // لا -> U+FEFB
  }
  SECTION("joined to the letter before: the final form, and no filler left behind") {
    // سلام: initial seen, final lam-alef, isolated meem (alef never joins on).
    CHECK(shape_arabic("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85") == "\xEF\xBA\xB3\xEF\xBB\xBC\xEF\xBB\xA1");
  }
  SECTION("a zero-width no-break space of the text itself is kept") {
    CHECK(shape_arabic("\xEF\xBB\xBF\xD9\x84\xD8\xA7") == "\xEF\xBB\xBF\xEF\xBB\xBB");
  }
}
