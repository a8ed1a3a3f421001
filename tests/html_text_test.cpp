#include "html/html_text.hpp"

#include <catch2/catch.hpp>

using mdexport::html_paragraphs;
using Paras = std::vector<std::string>;

namespace {

// Inlines written back in Markdown's marks, a line break as "\n".
std::string markup(const doc::Inlines& inlines) {
  std::string out;
  for (const auto& in : inlines) {
    switch (in.kind) {
      case doc::InlineKind::Text: out += in.text; break;
      case doc::InlineKind::Code: out.append("`").append(in.text).append("`"); break;
      case doc::InlineKind::LineBreak: out += "\n"; break;
      case doc::InlineKind::Strong: out.append("**").append(markup(in.children)).append("**"); break;
      case doc::InlineKind::Emphasis: out.append("_").append(markup(in.children)).append("_"); break;
      case doc::InlineKind::Strikethrough: out.append("~~").append(markup(in.children)).append("~~"); break;
      case doc::InlineKind::Superscript: out.append("^(").append(markup(in.children)).append(")"); break;
      case doc::InlineKind::Subscript: out.append("_(").append(markup(in.children)).append(")"); break;
      case doc::InlineKind::Link:
        out.append("[").append(markup(in.children)).append("](").append(in.url).append(")");
        break;
      case doc::InlineKind::Image:
        out.append("![").append(markup(in.children)).append("](").append(in.url).append(")");
        if (in.width || in.height)
          out.append("{").append(std::to_string(in.width)).append("x").append(std::to_string(in.height)).append("}");
        break;
      default: out += "?"; break;
    }
  }
  return out;
}

Paras texts(std::string_view html) {
  Paras out;
  for (const auto& p : html_paragraphs(html)) out.push_back(markup(p.inlines));
  return out;
}

// A paragraph's markup, heading level, centring and targets, for comparing.
std::string described(const mdexport::HtmlParagraph& p) {
  std::string out = markup(p.inlines) + " h" + std::to_string(p.heading) + (p.centred ? " centred" : "");
  for (const auto& id : p.ids) out += " #" + id;
  return out;
}

Paras described(std::string_view html) {
  Paras out;
  for (const auto& p : html_paragraphs(html)) out.push_back(described(p));
  return out;
}

}  // namespace

TEST_CASE("raw HTML keeps its readable text", "[html_text]") {
  SECTION("tags dropped, entities decoded, whitespace collapsed") {
    CHECK(texts("<p>Tom &amp; <span>Jerry</span>&nbsp;&copy;\n  2024</p>") == Paras{"Tom & Jerry\u00A0\u00A9 2024"});
  }
  SECTION("block elements separate paragraphs; br breaks a line") {
    CHECK(texts("<div align=\"center\">one<br>two</div><p>three") == Paras{"one\ntwo", "three"});
    CHECK(texts("<p><br>\n<br> spaced <br><br></p>") == Paras{"spaced"});
  }
  SECTION("remote images show their alt text; scripts, styles and comments vanish") {
    CHECK(texts("<p><img src=\"https://x.org/x.png\" alt=\"Logo\"> <script>evil()</script>"
                "<style>p{}</style><!-- hidden -->ok</p>") == Paras{"[image: Logo] ok"});
  }
  SECTION("local images are pictures with the size asked for") {
    CHECK(texts("<p align=center><img src=\"docs/shot.png\" alt=\"Shot\" width=\"320px\" height=\"50%\"><br>"
                "<img src=\"a.png\" height=40> <img src=\"data:image/png;base64,AA\" alt=\"inline\"></p>") ==
          Paras{"![Shot](docs/shot.png){320x0}\n![](a.png){0x40} [image: inline]"});
    CHECK(texts("<pre>code <img src=\"a.png\"> here</pre>") == Paras{"`code  here`"});
  }
  SECTION("unclosed and unknown tags are handled leniently") {
    CHECK(texts("<details><summary>More<p>inside <custom-tag>x") == Paras{"More", "inside x"});
  }
  SECTION("preformatted text keeps its spaces and lines, as one piece of code") {
    const auto paras = html_paragraphs("<p>Run:</p><pre>\n  if x:\n    <b>go</b>()\t\n\n</pre>");
    REQUIRE(paras.size() == 2);
    CHECK_FALSE(paras[0].preformatted);
    CHECK(paras[1].preformatted);
    CHECK(markup(paras[1].inlines) == "`  if x:\n    go()`");
  }
  SECTION("nothing readable gives nothing") {
    CHECK(html_paragraphs("<!-- only a comment -->").empty());
    CHECK(html_paragraphs("").empty());
  }
}

TEST_CASE("raw HTML keeps the inline styles and links Markdown has", "[html_text]") {
  SECTION("bold, italic, code, struck out, and their nesting") {
    CHECK(texts("<p><b>b</b> <em>i <strong>bi</strong></em> <kbd>Ctrl</kbd> <del>old</del></p>") ==
          Paras{"**b** _i _**_bi_** `Ctrl` ~~old~~"});
  }
  SECTION("superscripts and subscripts") {
    CHECK(texts("<p>E = mc<sup>2</sup>, H<sub>2</sub>O, x<sup>a<sub>i</sub></sup></p>") ==
          Paras{"E = mc^(2), H_(2)O, x^(a)_(i)"});
  }
  SECTION("a link's text in several styles is one link") {
    CHECK(texts("<p><a href=\" https://x.org/ \">Site <b>now</b></a> | <a href=\"#top\">up</a></p>") ==
          Paras{"[Site **now**](https://x.org/) | [up](#top)"});
  }
  SECTION("a badge is its alt text, linked; without alt text, a linked image is still there to click") {
    CHECK(texts("<a href=\"https://ci.example\"><img src=\"https://ci.example/b.svg\" alt=\"build\"></a>") ==
          Paras{"[[image: build]](https://ci.example)"});
    CHECK(texts("<p><img src=\"//x.org/spacer.gif\"><a href=\"https://x.org\"><img src=\"https://x.org/logo.png\"></a></p>") ==
          Paras{"[[image]](https://x.org)"});
  }
  SECTION("script, data and empty links are only text") {
    CHECK(texts("<a href=\"java\tscript:alert(1)\">a</a> <a href=\"data:text/html,x\">b</a> <a href=\"\">c</a>") ==
          Paras{"a b c"});
  }
}

TEST_CASE("raw HTML headings and centring are kept for the writers", "[html_text]") {
  SECTION("a heading says its level; the text around it does not") {
    CHECK(described("<p>before</p><h2>Install <code>x</code></h2>after") ==
          Paras{"before h0", "Install `x` h2 #install-x", "after h0"});
  }
  SECTION("a heading that starts with line breaks is still a heading") {
    CHECK(described("<h1 align=\"center\">\n\t<br>\n\t<img src=\"logo.svg\" alt=\"Chalk\">\n\t<br>\n</h1>") ==
          Paras{"![Chalk](logo.svg) h1 centred"});
  }
  SECTION("align=center, in any case, and <center> centre what is inside them") {
    CHECK(described("<h1 ALIGN=\"Center\">Title<br></h1><center><p>logo</p></center><p align=left>x</p>") ==
          Paras{"Title h1 centred #title", "logo h0 centred", "x h0"});
  }
}

TEST_CASE("raw HTML link targets go with the text they lead to", "[html_text]") {
  SECTION("a heading's own id wins over its slug; a named anchor inside it is a second target") {
    CHECK(described("<h3 id=\" setup \"><a name=\"old-setup\"></a>Set up</h3>") ==
          Paras{"Set up h3 #setup #old-setup"});
  }
  SECTION("targets before any text go with the next paragraph") {
    CHECK(described("<a name=\"top\"></a><div id=\"box\"><p>text</p></div><p>more</p>") ==
          Paras{"text h0 #top #box", "more h0"});
  }
  SECTION("targets after the last text come alone") {
    CHECK(described("<a name=\"install\"></a>") == Paras{" h0 #install"});
    CHECK(described("<p>text</p><span id=\"end\"></span>") == Paras{"text h0", " h0 #end"});
  }
  SECTION("an <a name> with an empty name, or a name on another element, is no target") {
    CHECK(described("<a name=\" \">x</a><p name=\"form-field\">y</p>") == Paras{"x h0", "y h0"});
  }
}
