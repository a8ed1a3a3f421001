#include "html/html_text.hpp"

#include <catch2/catch.hpp>

using mdexport::html_paragraphs;
using Paras = std::vector<std::string>;

TEST_CASE("raw HTML keeps its readable text", "[html_text]") {
  SECTION("tags dropped, entities decoded, whitespace collapsed") {
    CHECK(html_paragraphs("<p>Tom &amp; <b>Jerry</b>&nbsp;&copy;\n  2024</p>") ==
          Paras{"Tom & Jerry\u00A0\u00A9 2024"});
  }
  SECTION("block elements separate paragraphs; br breaks a line") {
    CHECK(html_paragraphs("<div align=\"center\"><b>one</b><br>two</div><p>three") ==
          Paras{"one\ntwo", "three"});
  }
  SECTION("images show their alt text; scripts, styles and comments vanish") {
    CHECK(html_paragraphs("<p><img src=\"x.png\" alt=\"Logo\"> <script>evil()</script>"
                          "<style>p{}</style><!-- hidden -->ok</p>") == Paras{"[image: Logo] ok"});
  }
  SECTION("unclosed and unknown tags are handled leniently") {
    CHECK(html_paragraphs("<details><summary>More<p>inside <custom-tag>x") == Paras{"More", "inside x"});
  }
  SECTION("nothing readable gives nothing") {
    CHECK(html_paragraphs("<!-- only a comment -->").empty());
    CHECK(html_paragraphs("").empty());
  }
}
