#include "formats/pdf/boxes.hpp"

#include <catch2/catch.hpp>

using namespace mdexport::pdf;

TEST_CASE("the layout dump shows every box on a line, rounded", "[pdf][boxes]") {
  Page page;
  Box t;
  t.kind = BoxKind::Text;
  t.x = 56.6929;
  t.y = 70.04;
  t.size = 10;
  t.color = 0x111111;
  t.text = "Hello";
  Box link;
  link.kind = BoxKind::Link;
  link.w = 20;
  link.h = 10.25;
  link.text = "#intro";
  Box anchor;
  anchor.kind = BoxKind::Anchor;
  anchor.text = "intro";
  anchor.level = 2;
  anchor.title = "Intro";
  page.boxes = {t, link, anchor};
  CHECK(dump({page}) ==
        "page 1\n"
        "  text 56.7 70.0 face=0 size=10.0 #111111 \"Hello\"\n"
        "  link 0.0 0.0 20.0x10.3 -> #intro\n"
        "  anchor 0.0 0.0 #intro level=2 \"Intro\"\n");
}

TEST_CASE("the layout dump shows each piece of a text box as a box", "[pdf][boxes]") {
  Page page;
  Box t;
  t.x = 10;
  t.y = 20;
  t.size = 10;
  t.text = "onetwothree";
  t.pieces = {{3, 30}, {6, 52.5}};
  page.boxes = {t};
  CHECK(dump({page}) ==
        "page 1\n"
        "  text 10.0 20.0 face=0 size=10.0 #000000 \"one\"\n"
        "  text 30.0 20.0 face=0 size=10.0 #000000 \"two\"\n"
        "  text 52.5 20.0 face=0 size=10.0 #000000 \"three\"\n");
}
