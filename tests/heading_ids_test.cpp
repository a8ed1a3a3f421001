#include "markdown/heading_ids.hpp"

#include <catch2/catch.hpp>
#include <utf8proc.h>

using mdexport::github_slug;
using mdexport::HeadingIds;

TEST_CASE("heading ids follow GitHub", "[heading_ids]") {
  SECTION("lowercase, punctuation dropped, spaces to hyphens") {
    CHECK(github_slug("Hello, World!") == "hello-world");
    CHECK(github_slug("What is it?") == "what-is-it");
    CHECK(github_slug("C++ & Rust: a_b-c") == "c--rust-a_b-c");
    CHECK(github_slug("  Two  spaces") == "--two--spaces");
  }
  SECTION("every ASCII character is kept, lowercased or dropped as Unicode's categories say") {
    for (int c = 1; c < 0x80; ++c) {
      INFO(c);
      const auto cat = utf8proc_category(c);
      const bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO) || cat == UTF8PROC_CATEGORY_PC || c == '-';
      const std::string expected = c == ' ' ? "-" : word ? std::string(1, static_cast<char>(utf8proc_tolower(c))) : "";
      CHECK(github_slug(std::string(1, static_cast<char>(c))) == expected);
    }
  }
  SECTION("letters of any script are kept and lowercased") {
    CHECK(github_slug("Ελληνικά Κείμενο") == "ελληνικά-κείμενο");
    CHECK(github_slug("日本語 テスト") == "日本語-テスト");
  }
  SECTION("repeats get -1, -2 suffixes") {
    HeadingIds ids;
    CHECK(ids.make("Intro") == "intro");
    CHECK(ids.make("Intro") == "intro-1");
    CHECK(ids.make("Intro") == "intro-2");
    CHECK(ids.make("Intro 1") == "intro-1-1");
  }
  SECTION("a heading with no word characters still gets a unique id") {
    HeadingIds ids;
    CHECK(ids.make("!!!") == "section");
    CHECK(ids.make("???") == "section-1");
  }
}
