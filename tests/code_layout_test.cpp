#include "formats/pdf/code_layout.hpp"

#include <catch2/catch.hpp>

#include "fake_metrics.hpp"

using namespace mdexport::pdf;

namespace {

// The text boxes of each slab, joined by '|'.
std::vector<std::string> texts(const std::vector<Slab>& slabs) {
  std::vector<std::string> out;
  for (const auto& s : slabs) {
    std::string line;
    for (const auto& b : s.boxes)
      if (b.kind == BoxKind::Text) line += (line.empty() ? "" : "|") + b.text;
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("code keeps its spaces and breaks into one slab per line", "[pdf][code_layout]") {
  const test::FakeMetrics metrics;
  // Size 10: 5 pt a glyph; 110 pt wide less 2 x 5 pt padding = 20 glyphs.
  const auto slabs = code_slabs("int main() {\n\treturn 0;\n\n}\n", 0, 110, 10, metrics);
  CHECK(texts(slabs) == std::vector<std::string>{"int main() {", "    return 0;", "", "}"});
  SECTION("each slab carries its share of the background") {
    for (const auto& s : slabs) {
      REQUIRE(s.boxes.front().kind == BoxKind::Fill);
      CHECK(s.boxes.front().h == s.height);
    }
    CHECK(slabs.front().height > slabs[1].height);  // padding above the first line
  }
}

TEST_CASE("long code lines wrap with a continuation mark", "[pdf][code_layout]") {
  const test::FakeMetrics metrics;
  const auto slabs = code_slabs(std::string(50, 'x'), 0, 110, 10, metrics);
  const std::string mark(kContinuationMark);
  // 20 glyphs, then 18 after the mark and its space (7.5 pt), then the rest.
  CHECK(texts(slabs) == std::vector<std::string>{std::string(20, 'x'), mark + "|" + std::string(18, 'x'),
                                                 mark + "|" + std::string(12, 'x')});
  for (const auto& s : slabs)
    for (const auto& b : s.boxes)
      if (b.kind == BoxKind::Text) CHECK(b.x + metrics.width(b.face, b.size, b.text) <= 105 + 1e-9);
}
