#include "text/display_width.hpp"

#include <catch2/catch.hpp>
#include <vector>

using mdexport::display_width;
using mdexport::for_each_grapheme;

TEST_CASE("display width counts terminal columns", "[display_width]") {
  CHECK(display_width("hello") == 5);
  CHECK(display_width("caf\u00E9") == 4);
  CHECK(display_width("cafe\u0301") == 4);  // combining acute adds nothing
  CHECK(display_width("\u4F60\u597D") == 4);  // CJK ideographs are wide
  CHECK(display_width("\uD55C\uAE00") == 4);  // Hangul too
  CHECK(display_width("\U0001F4DA") == 2);    // emoji presentation
  CHECK(display_width("\u2764\uFE0F") == 2);  // VS16 asks for emoji width
  CHECK(display_width("") == 0);
}

TEST_CASE("graphemes are never split", "[display_width]") {
  std::vector<std::string> clusters;
  for_each_grapheme("e\u0301\U0001F468\u200D\U0001F469\u200D\U0001F467\U0001F1EB\U0001F1F7x",
                    [&](std::string_view g, int) { clusters.emplace_back(g); });
  REQUIRE(clusters.size() == 4);
  CHECK(clusters[0] == "e\u0301");
  CHECK(clusters[1] == "\U0001F468\u200D\U0001F469\u200D\U0001F467");
  CHECK(clusters[2] == "\U0001F1EB\U0001F1F7");
  CHECK(clusters[3] == "x");
}
