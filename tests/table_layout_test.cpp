#include "formats/pdf/table_layout.hpp"

#include <catch2/catch.hpp>

#include <numeric>

using mdexport::pdf::column_widths;

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
