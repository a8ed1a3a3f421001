#include "markdown/input_text.hpp"

#include <catch2/catch.hpp>

using mdexport::Diagnostics;
using mdexport::normalize_input;

TEST_CASE("normalize_input makes any bytes safe for the parser", "[input_text]") {
  Diagnostics diag("in.md");

  SECTION("a UTF-8 byte order mark is dropped") {
    CHECK(normalize_input("\xEF\xBB\xBF# Title\n", diag) == "# Title\n");
  }
  SECTION("CRLF and lone CR line endings become LF") {
    CHECK(normalize_input("a\r\nb\rc\n", diag) == "a\nb\nc\n");
  }
  SECTION("valid UTF-8 passes through untouched, without warnings") {
    CHECK(normalize_input("caf\xC3\xA9 \xE4\xBD\xA0\xE5\xA5\xBD \xF0\x9F\x93\x9A", diag) ==
          "caf\xC3\xA9 \xE4\xBD\xA0\xE5\xA5\xBD \xF0\x9F\x93\x9A");
    CHECK(diag.warnings().empty());
  }
  SECTION("an invalid byte becomes U+FFFD, with a warning at its line and column") {
    CHECK(normalize_input("ok\r\nab\xFFz", diag) == "ok\nab\xEF\xBF\xBDz");
    REQUIRE(diag.warnings().size() == 1);
    CHECK(diag.warnings()[0] == "in.md:2:3: warning: invalid UTF-8 byte replaced by U+FFFD");
  }
  SECTION("a NUL byte becomes U+FFFD") {
    CHECK(normalize_input(std::string_view("a\0b", 3), diag) == "a\xEF\xBF\xBD" "b");
    CHECK(diag.warnings().at(0) == "in.md:1:2: warning: NUL byte replaced by U+FFFD");
  }
  SECTION("a noncharacter (U+FFFF, U+FDD0, U+10FFFF...) becomes U+FFFD, with a warning at its position") {
    CHECK(normalize_input("a\xEF\xBF\xBF b\n\xEF\xB7\x90 \xF4\x8F\xBF\xBF \xF0\x9F\xBF\xBE", diag) ==
          "a\xEF\xBF\xBD b\n\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
    REQUIRE(diag.warnings().size() == 4);
    CHECK(diag.warnings()[0] == "in.md:1:2: warning: noncharacter replaced by U+FFFD");
    CHECK(diag.warnings()[1] == "in.md:2:1: warning: noncharacter replaced by U+FFFD");
    CHECK(diag.warnings()[2] == "in.md:2:5: warning: noncharacter replaced by U+FFFD");
    CHECK(diag.warnings()[3] == "in.md:2:10: warning: noncharacter replaced by U+FFFD");
  }
  SECTION("the characters beside the noncharacters are kept") {
    CHECK(normalize_input("\xEF\xBF\xBD\xEF\xB7\x8F\xEF\xB7\xB0\xEF\xBF\xBC", diag) ==
          "\xEF\xBF\xBD\xEF\xB7\x8F\xEF\xB7\xB0\xEF\xBF\xBC");  // U+FFFD, U+FDCF, U+FDF0, U+FFFC
    CHECK(diag.warnings().empty());
  }
  SECTION("a binary file gets ten warnings and a count, not one per byte") {
    normalize_input(std::string(500, '\xFE'), diag);
    REQUIRE(diag.warnings().size() == 11);
    CHECK(diag.warnings().back() == "in.md: warning: 490 more invalid bytes replaced by U+FFFD");
  }
}

TEST_CASE("is_normal_input is true exactly when normalize_input changes nothing", "[input_text]") {
  // The reader skips normalize_input when this says yes: a wrong yes would
  // let a CR or an invalid byte through to the parser.
  const std::string_view samples[] = {
      "",
      "# Title\n\nplain text\n",
      "caf\xC3\xA9 \xE4\xBD\xA0\xE5\xA5\xBD \xF0\x9F\x93\x9A\n",
      "\xEF\xBB\xBF# Title\n",
      "a\r\nb\n",
      "a\rb",
      std::string_view("a\0b", 3),
      "ab\xFFz",
      "overlong \xC0\x80",
      "surrogate \xED\xA0\x80",
      "cut short \xE4\xBD",
      "too high \xF4\x90\x80\x80",
  };
  for (const auto sample : samples) {
    Diagnostics diag("in.md");
    INFO(std::string(sample));
    CHECK(mdexport::is_normal_input(sample) == (normalize_input(sample, diag) == sample));
  }
}

TEST_CASE("replace_invalid_text replaces invalid UTF-8 and noncharacters and nothing else", "[input_text]") {
  int replaced = -1;
  CHECK(mdexport::replace_invalid_text("\xEF\xBB\xBF" "a\r\nw\xFFw \xEF\xB7\x90 \xC3\xA9", &replaced) ==
        "\xEF\xBB\xBF" "a\r\nw\xEF\xBF\xBDw \xEF\xBF\xBD \xC3\xA9");
  CHECK(replaced == 2);
}
