#include "formats/pdf/font_metrics.hpp"

#include <catch2/catch.hpp>

#include "fake_metrics.hpp"

using namespace mdexport::pdf;

TEST_CASE("faces number the families and styles", "[pdf][font_metrics]") {
  CHECK(face_of(Family::Body, false, false) == 0);
  CHECK(face_of(Family::Mono, true, true) == kFaceCount - 1);
  CHECK(family_of(face_of(Family::Heading, true, false)) == Family::Heading);
  CHECK(is_bold(face_of(Family::Heading, true, false)));
  CHECK_FALSE(is_italic(face_of(Family::Heading, true, false)));
}

TEST_CASE("text is made drawable", "[pdf][font_metrics]") {
  SECTION("tabs and line ends become spaces") { CHECK(drawable_text("a\tb\nc") == "a b c"); }
  SECTION("emoji sequences stay whole: the fonts decide what is drawn") {
    const std::string emoji = "ok \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD done \xE2\x9D\xA4\xEF\xB8\x8F";
    CHECK(drawable_text(emoji) == emoji);
    CHECK(drawable_text("flag \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7!") == "flag \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7!");
  }
  SECTION("invalid bytes and controls become U+FFFD, astral letters stay") {
    CHECK(drawable_text("a\xFF" "b\x01" "c\xF0\x9D\x90\x80") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xF0\x9D\x90\x80");
  }
  SECTION("the rest is kept as it is") { CHECK(drawable_text("caf\xC3\xA9 \xE4\xBD\xA0") == "caf\xC3\xA9 \xE4\xBD\xA0"); }
}

TEST_CASE("widths add up advances at the size", "[pdf][font_metrics]") {
  const test::FakeMetrics m;
  CHECK(m.width(0, 10, "ab c") == Approx(5 + 5 + 2.5 + 5));
  CHECK(m.width(face_of(Family::Body, true, false), 20, "\xC3\xA9") == Approx(11));
}
