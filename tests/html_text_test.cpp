#include "html/html_text.hpp"

#include <catch2/catch.hpp>

using mdexport::html_paragraphs;
using mdexport::HtmlParagraph;
using Paras = std::vector<std::string>;

namespace {

Paras texts(std::string_view html) {
  Paras out;
  for (auto& p : html_paragraphs(html)) out.push_back(std::move(p.text));
  return out;
}

}  // namespace

TEST_CASE("raw HTML keeps its readable text", "[html_text]") {
  SECTION("tags dropped, entities decoded, whitespace collapsed") {
    CHECK(texts("<p>Tom &amp; <b>Jerry</b>&nbsp;&copy;\n  2024</p>") == Paras{"Tom & Jerry\u00A0\u00A9 2024"});
  }
  SECTION("block elements separate paragraphs; br breaks a line") {
    CHECK(texts("<div align=\"center\"><b>one</b><br>two</div><p>three") == Paras{"one\ntwo", "three"});
    CHECK(texts("<p><br>\n<br> spaced <br><br></p>") == Paras{"spaced"});
  }
  SECTION("images show their alt text; scripts, styles and comments vanish") {
    CHECK(texts("<p><img src=\"x.png\" alt=\"Logo\"> <script>evil()</script>"
                "<style>p{}</style><!-- hidden -->ok</p>") == Paras{"[image: Logo] ok"});
  }
  SECTION("unclosed and unknown tags are handled leniently") {
    CHECK(texts("<details><summary>More<p>inside <custom-tag>x") == Paras{"More", "inside x"});
  }
  SECTION("nothing readable gives nothing") {
    CHECK(html_paragraphs("<!-- only a comment -->").empty());
    CHECK(html_paragraphs("").empty());
  }
}

TEST_CASE("raw HTML headings and centring are kept for the writers", "[html_text]") {
  SECTION("a heading says its level; the text around it does not") {
    CHECK(html_paragraphs("<p>before</p><h2>Install <code>x</code></h2>after") ==
          std::vector<HtmlParagraph>{{"before", 0, false, {}}, {"Install x", 2, false, {"install-x"}},
                                     {"after", 0, false, {}}});
  }
  SECTION("a heading that starts with line breaks is still a heading") {
    CHECK(html_paragraphs("<h1 align=\"center\">\n\t<br>\n\t<img src=\"logo.svg\" alt=\"Chalk\">\n\t<br>\n</h1>") ==
          std::vector<HtmlParagraph>{{"[image: Chalk]", 1, true, {}}});
  }
  SECTION("align=center, in any case, and <center> centre what is inside them") {
    CHECK(html_paragraphs("<h1 ALIGN=\"Center\">Title<br></h1><center><p>logo</p></center><p align=left>x</p>") ==
          std::vector<HtmlParagraph>{{"Title", 1, true, {"title"}}, {"logo", 0, true, {}}, {"x", 0, false, {}}});
  }
}

TEST_CASE("raw HTML link targets go with the text they lead to", "[html_text]") {
  SECTION("a heading's own id wins over its slug; a named anchor inside it is a second target") {
    CHECK(html_paragraphs("<h3 id=\" setup \"><a name=\"old-setup\"></a>Set up</h3>") ==
          std::vector<HtmlParagraph>{{"Set up", 3, false, {"setup", "old-setup"}}});
  }
  SECTION("targets before any text go with the next paragraph") {
    CHECK(html_paragraphs("<a name=\"top\"></a><div id=\"box\"><p>text</p></div><p>more</p>") ==
          std::vector<HtmlParagraph>{{"text", 0, false, {"top", "box"}}, {"more", 0, false, {}}});
  }
  SECTION("targets after the last text come alone") {
    CHECK(html_paragraphs("<a name=\"install\"></a>") == std::vector<HtmlParagraph>{{"", 0, false, {"install"}}});
    CHECK(html_paragraphs("<p>text</p><span id=\"end\"></span>") ==
          std::vector<HtmlParagraph>{{"text", 0, false, {}}, {"", 0, false, {"end"}}});
  }
  SECTION("an <a name> with an empty name, or a name on another element, is no target") {
    CHECK(html_paragraphs("<a name=\" \">x</a><p name=\"form-field\">y</p>") ==
          std::vector<HtmlParagraph>{{"x", 0, false, {}}, {"y", 0, false, {}}});
  }
}
