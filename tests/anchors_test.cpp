#include <catch2/catch.hpp>

#include "formats/xhtml/anchors.hpp"

TEST_CASE("Anchors hand out unique ids and find them by name", "[anchors]") {
  mdexport::Anchors anchors;
  CHECK(anchors.unique("intro") == "intro");
  CHECK(anchors.unique("intro") == "intro-1");
  CHECK(anchors.unique("intro") == "intro-2");
  CHECK(anchors.unique("2nd") == "x-2nd");
  anchors.name("intro", "intro");
  anchors.name("intro", "intro-1");  // the first target of a name wins
  anchors.name("café", "x-cafe");
  CHECK(anchors.find("intro") == "intro");
  CHECK(anchors.find("Intro") == "intro");
  CHECK(anchors.find("caf%C3%A9") == "x-cafe");
  CHECK(anchors.find("nothing") == "");
}
