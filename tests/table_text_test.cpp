#include "formats/text/table_text.hpp"

#include <catch2/catch.hpp>

#include "text/display_width.hpp"

using doc::Align;
using mdexport::table_text;
using Lines = std::vector<std::string>;

TEST_CASE("tables become bordered grids", "[table_text]") {
  SECTION("columns as wide as their content, alignment honoured") {
    CHECK(table_text({{"Name", "Qty", "Mid"}, {"apple", "3", "x"}}, {Align::Left, Align::Right, Align::Center}, 72) ==
          Lines{"+-------+-----+-----+",
                "| Name  | Qty | Mid |",
                "+=======+=====+=====+",
                "| apple |   3 |  x  |",
                "+-------+-----+-----+"});
  }
  SECTION("too wide: the widest column shrinks and wraps, the table fits") {
    const auto lines = table_text({{"k", "v"}, {"a", "one two three four five six seven eight nine ten"}},
                                  {Align::None, Align::None}, 30);
    for (const auto& l : lines) CHECK(mdexport::display_width(l) <= 30);
    CHECK(lines[1] == "| k | v                      |");
    CHECK(lines[3] == "| a | one two three four     |");
  }
  SECTION("a word longer than its column is split, not allowed to widen the table") {
    const auto lines = table_text({{"h"}, {std::string(50, 'x')}}, {Align::None}, 20);
    for (const auto& l : lines) CHECK(mdexport::display_width(l) <= 20);
  }
  SECTION("wide characters are measured by display width") {
    const auto lines = table_text({{"\u4F60\u597D", "a"}}, {Align::None, Align::None}, 72);
    CHECK(lines[1] == "| \u4F60\u597D | a |");
    CHECK(mdexport::display_width(lines[0]) == mdexport::display_width(lines[1]));
  }
}
