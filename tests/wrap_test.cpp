#include "text/wrap.hpp"

#include <catch2/catch.hpp>

#include "text/display_width.hpp"

using mdexport::split_to_width;
using mdexport::wrap;
using Lines = std::vector<std::string>;

TEST_CASE("wrap fills lines greedily at spaces", "[wrap]") {
  CHECK(wrap("the quick brown fox jumps", 10) == Lines{"the quick", "brown fox", "jumps"});
  CHECK(wrap("exactly ten", 11) == Lines{"exactly ten"});
  CHECK(wrap("  many   spaces  ", 20) == Lines{"many spaces"});
  CHECK(wrap("", 10) == Lines{""});
}

TEST_CASE("wrap keeps hard breaks", "[wrap]") {
  CHECK(wrap("one\ntwo three", 20) == Lines{"one", "two three"});
}

TEST_CASE("an unbreakable token longer than the width gets its own line", "[wrap]") {
  CHECK(wrap("see https://example.com/a/long/path now", 12) ==
        Lines{"see", "https://example.com/a/long/path", "now"});
}

TEST_CASE("CJK text breaks between ideographs by display width", "[wrap]") {
  const auto lines = wrap("\u6211\u559C\u6B22\u8BFB\u4E66\u3002\u4F60\u597D", 6);
  for (const auto& line : lines) CHECK(mdexport::display_width(line) <= 6);
  CHECK(lines == Lines{"\u6211\u559C\u6B22", "\u8BFB\u4E66\u3002", "\u4F60\u597D"});
}

TEST_CASE("closing CJK punctuation never starts a line", "[wrap]") {
  CHECK(wrap("\u6211\u559C\u3002", 4) == Lines{"\u6211", "\u559C\u3002"});
}

TEST_CASE("split_to_width cuts between graphemes", "[wrap]") {
  CHECK(split_to_width("abcdefg", 3) == Lines{"abc", "def", "g"});
  CHECK(split_to_width("e\u0301e\u0301e\u0301", 2) == Lines{"e\u0301e\u0301", "e\u0301"});
}
