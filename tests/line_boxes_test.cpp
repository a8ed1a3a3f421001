#include "formats/pdf/line_boxes.hpp"

#include <catch2/catch.hpp>

using namespace mdexport::pdf;

namespace {

Fragment fragment(std::size_t run, std::string text, double x) {
  const double width = 5.0 * static_cast<double>(text.size());
  return Fragment{run, std::move(text), x, width};
}

}  // namespace

TEST_CASE("a run's words moved apart are pieces of one text box", "[pdf][line_boxes]") {
  // What keeps a book's boxes in bounds: one a line, not one a word.
  std::vector<Run> runs(2);
  runs[1].style.link = "https://example.com";
  Line line;
  line.fragments = {fragment(0, "one", 0), fragment(0, "two", 20), fragment(0, "three", 40), fragment(1, "link", 70),
                    fragment(1, "ed", 95)};
  std::vector<Box> boxes;
  line_boxes(line, runs, 100, 12, boxes);
  REQUIRE(boxes.size() == 4);
  CHECK(boxes[0].kind == BoxKind::Text);
  CHECK(boxes[0].x == 100);
  CHECK(boxes[0].text == "onetwothree");
  REQUIRE(boxes[0].pieces.size() == 2);
  CHECK(boxes[0].pieces[0].at == 3);
  CHECK(boxes[0].pieces[0].x == 120);
  CHECK(boxes[0].pieces[1].at == 6);
  CHECK(boxes[0].pieces[1].x == 140);
  SECTION("but a linked word keeps its box, and the link's words on a line share one link area") {
    CHECK(boxes[1].text == "link");
    CHECK(boxes[2].kind == BoxKind::Link);
    CHECK(boxes[2].x == 170);
    CHECK(boxes[2].w == 35);
    CHECK(boxes[3].text == "ed");
    CHECK(boxes[3].pieces.empty());
  }
}
