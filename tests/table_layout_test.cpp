#include "formats/pdf/table_layout.hpp"

#include <catch2/catch.hpp>

#include <numeric>

#include "fake_metrics.hpp"

using namespace mdexport;
using namespace mdexport::pdf;

TEST_CASE("column widths follow their content", "[pdf][table_layout]") {
  double scale = 0;
  SECTION("natural widths when everything fits") {
    const auto w = column_widths({30, 50}, {10, 20}, 200, 2, &scale);
    CHECK(w == std::vector<double>{34, 54});
    CHECK(scale == 1);
  }
  SECTION("minimum plus a share of the rest in proportion to the wrapping needed") {
    // 100 of content room: minimums 10 + 20 leave 70, wanted 90 and 30.
    const auto w = column_widths({100, 50}, {10, 20}, 100, 0, &scale);
    CHECK(w[0] == Approx(10 + 70 * 0.75));
    CHECK(w[1] == Approx(20 + 70 * 0.25));
    CHECK(scale == 1);
  }
  SECTION("too wide even at the longest words: the text shrinks and shares the room") {
    const auto w = column_widths({300, 300}, {200, 100}, 150, 0, &scale);
    CHECK(scale == Approx(0.7));
    CHECK(std::accumulate(w.begin(), w.end(), 0.0) == Approx(150));
    CHECK(w[0] == Approx(100));
  }
}

TEST_CASE("right-to-left cells follow their direction unless the column is aligned", "[pdf][table_layout]") {
  const test::FakeMetrics metrics;
  const Measure measure = [&](const RunStyle& s, std::string_view t) { return metrics.width(s.face, s.size, t); };
  // Each cell's runs are its plain text: 5 pt a letter at size 10.
  const CellRuns runs_of = [](const doc::Inlines& inlines, double size, bool) {
    Run r;
    r.text = doc::plain_text(inlines);
    r.style.size = size;
    return std::vector<Run>{r};
  };
  auto cell = [](std::string text) {
    doc::Inline in;
    in.text = std::move(text);
    return doc::Inlines{in};
  };
  // One column wide enough for "headingtext!" (60 pt), padding 4 pt each side.
  doc::Table table;
  table.rows = {{cell("headingtext!")}, {cell("\xD7\x90\xD7\x91")}, {cell("ab")}};  // אב
  const TableFrame frame{0, 500, 500};
  auto text_x = [&](doc::Align align) {
    table.align = {align};
    std::vector<double> xs;
    for (const auto& slab : table_slabs(table, frame, 10, runs_of, measure))
      for (const auto& b : slab.boxes)
        if (b.kind == BoxKind::Text) xs.push_back(b.x);
    return xs;
  };
  SECTION("no alignment: Hebrew flush right, Latin flush left") {
    CHECK(text_x(doc::Align::None) == std::vector<double>{4, 4 + 60 - 10, 4});
  }
  SECTION("an explicit left alignment is kept") {
    CHECK(text_x(doc::Align::Left) == std::vector<double>{4, 4, 4});
  }
}
