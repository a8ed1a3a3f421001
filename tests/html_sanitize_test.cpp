#include <catch2/catch.hpp>

#include "formats/xhtml/page.hpp"
#include "html/html_sanitize.hpp"

namespace {

// Hooks that record what they are asked and decide simply: links keep
// their href, images become <img>, ids are kept, notes become [n].
class FakeHooks : public mdexport::HtmlHooks {
 public:
  std::vector<std::string> calls;
  void link(pugi::xml_node a, const std::string& href, doc::SourcePos pos) override {
    calls.push_back("link " + href + " @" + std::to_string(pos.line) + ":" + std::to_string(pos.column));
    a.append_attribute("href") = href.c_str();
  }
  void image(pugi::xml_node parent, const mdexport::HtmlImage& image, bool in_link) override {
    calls.push_back("image " + image.src + (in_link ? " in link" : "") + " @" + std::to_string(image.pos.line) + ":" +
                    std::to_string(image.pos.column));
    auto img = parent.append_child("img");
    img.append_attribute("src") = image.src.c_str();
    img.append_attribute("alt") = image.alt.c_str();
    if (!image.width.empty()) img.append_attribute("width") = image.width.c_str();
    if (!image.style.empty()) img.append_attribute("style") = image.style.c_str();
  }
  std::string id(const std::string& raw) override { return raw == "taken" ? "" : "id-" + raw; }
  void footnote_ref(pugi::xml_node parent, int number) override {
    const auto text = std::string("[").append(std::to_string(number)).append("]");
    parent.append_child(pugi::node_pcdata).set_value(text.c_str());
  }
};

std::string sanitize(std::string_view html, mdexport::HtmlContext context = mdexport::HtmlContext::Flow,
                     FakeHooks* hooks_out = nullptr) {
  FakeHooks local;
  FakeHooks& hooks = hooks_out ? *hooks_out : local;
  pugi::xml_document doc;
  auto root = doc.append_child("root");
  mdexport::append_sanitized_html(html, context, false, {7, 3}, hooks, root);
  auto out = mdexport::serialize_xml(root);
  return out.substr(6, out.size() - 13);  // without <root></root>
}

}  // namespace

TEST_CASE("Raw HTML comes out as well-formed XHTML", "[html_sanitize]") {
  SECTION("void elements are closed, attributes quoted, entities decoded") {
    CHECK(sanitize("<p>a<br>b&nbsp;c &amp; d<img src=x.png alt=logo></p>") ==
          "<p>a<br/>b\u00a0c &amp; d<img src=\"x.png\" alt=\"logo\"/></p>");
  }
  SECTION("unclosed elements are closed where a browser would close them") {
    CHECK(sanitize("<p>one<p>two") == "<p>one</p><p>two</p>");
    CHECK(sanitize("<ul><li>a<li>b</ul>") == "<ul><li>a</li><li>b</li></ul>");
  }
  SECTION("empty non-void elements are never self-closed") {
    CHECK(sanitize("<div></div><a name=\"x\"></a>") == "<div></div><a id=\"id-x\"></a>");
  }
}

TEST_CASE("Dangerous HTML is removed", "[html_sanitize]") {
  SECTION("script, style, iframe, object, embed and forms go with their content") {
    CHECK(sanitize("<div>a<script>alert(1)</script><style>p{}</style><iframe src=x></iframe>"
                   "<object data=x>fallback</object><embed src=x><input value=1><textarea>t</textarea>b</div>") ==
          "<div>ab</div>");
  }
  SECTION("event handlers and unknown attributes are dropped") {
    CHECK(sanitize("<p onclick=\"x()\" onmouseover=y style=\"color:red\" data-x=1 class=\"c\">t</p>") ==
          "<p class=\"c\">t</p>");
  }
  SECTION("javascript:, vbscript: and data: URLs never reach the hooks") {
    FakeHooks hooks;
    CHECK(sanitize("<a href=\"javascript:alert(1)\">a</a><a href=\" JaVa\tScript:x\">b</a><a href=\"vbscript:x\">c</a>"
                   "<a href=\"data:text/html,x\">d</a>",
                   mdexport::HtmlContext::Flow, &hooks) == "<a>a</a><a>b</a><a>c</a><a>d</a>");
    CHECK(hooks.calls.empty());
  }
  SECTION("comments are dropped, even with -- inside") {
    CHECK(sanitize("<p>a<!-- x -- y -->b</p><!-- block -->") == "<p>ab</p>");
  }
}

TEST_CASE("Presentational HTML is mapped to CSS or dropped", "[html_sanitize]") {
  CHECK(sanitize("<div align=\"center\">x</div>") == "<div style=\"text-align: center\">x</div>");
  CHECK(sanitize("<center>x</center>") == "<div style=\"text-align: center\">x</div>");
  CHECK(sanitize("<p><font color=\"#ff0000\" face=\"Arial\" size=3>red</font></p>") ==
        "<p><span style=\"color: #ff0000\">red</span></p>");
  CHECK(sanitize("<p><font color=\"red;background:url(x)\">x</font></p>") == "<p><span>x</span></p>");
  CHECK(sanitize("<table border=1 cellpadding=2 align=center width=\"80%\"><tr><td valign=top bgcolor=#eee nowrap>x</td></tr></table>") ==
        "<table style=\"margin-left: auto; margin-right: auto; width: 80%\"><tr><td style=\"vertical-align: top; "
        "background-color: #eee; white-space: nowrap\">x</td></tr></table>");
  CHECK(sanitize("<p><tt>t</tt><strike>s</strike><big>b</big></p>") == "<p><code>t</code><s>s</s><span>b</span></p>");
  SECTION("image sizes: whole pixels stay attributes, percentages become CSS") {
    CHECK(sanitize("<img src=a.png width=120 height=\"50%\" align=right>") ==
          "<img src=\"a.png\" alt=\"\" width=\"120\" style=\"height: 50%; float: right\"/>");
  }
}

TEST_CASE("Content models hold wherever the HTML lands", "[html_sanitize]") {
  SECTION("in a paragraph, blocks give up their element but keep their text apart") {
    CHECK(sanitize("<div>a</div><div>b</div><hr><span>c</span>", mdexport::HtmlContext::Phrasing) == "a b<span>c</span>");
    CHECK(sanitize("x <table><tr><td>1</td></tr></table>", mdexport::HtmlContext::Phrasing) == "x 1");
  }
  SECTION("no link inside a link; images inside links are told so") {
    FakeHooks hooks;
    CHECK(sanitize("<a href=\"https://a\">x <a href=\"https://b\">y</a></a>", mdexport::HtmlContext::Flow, &hooks) ==
          "<a href=\"https://a\">x </a><a href=\"https://b\">y</a>");
    CHECK(sanitize("<a href=\"https://a\"><span><a href=\"https://b\">y</a></span></a>") ==
          "<a href=\"https://a\"><span>y</span></a>");
    CHECK(sanitize("<a href=\"https://a\"><img src=\"i.png\"></a>", mdexport::HtmlContext::Flow, &hooks) ==
          "<a href=\"https://a\"><img src=\"i.png\" alt=\"\"/></a>");
    CHECK(hooks.calls.back() == "image i.png in link @7:3");
  }
  SECTION("lists hold only items") {
    CHECK(sanitize("<ul>text<li>a</li><ul><li>b</li></ul></ul>") == "<ul><li>text</li><li>a</li><li><ul><li>b</li></ul></li></ul>");
    CHECK(sanitize("<li>stray</li>") == "stray");
  }
  SECTION("table parts come in table order") {
    CHECK(sanitize("<table><tr><td>1</td></tr><caption>c</caption><thead><tr><th>h</th></tr></thead></table>") ==
          "<table><caption>c</caption><thead><tr><th>h</th></tr></thead><tr><td>1</td></tr></table>");
    CHECK(sanitize("<table><tbody><tr><td>1</td></tr></tbody><tr><td>2</td></tr><tfoot><tr><td>f</td></tr></tfoot></table>") ==
          "<table><tbody><tr><td>1</td></tr></tbody><tbody><tr><td>2</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>");
    CHECK(sanitize("<table>stray<td>cell</td><col><colgroup></colgroup></table>") == "<table><tr><td>cell</td></tr></table>");
  }
  SECTION("details keeps its summary first; picture gives its img") {
    CHECK(sanitize("<details open><summary>More <b>info</b></summary><p>x</p></details>") ==
          "<details open=\"open\"><summary>More <b>info</b></summary><p>x</p></details>");
    CHECK(sanitize("<picture><source srcset=\"a.webp\"><img src=\"a.png\" alt=\"A\"></picture>") ==
          "<img src=\"a.png\" alt=\"A\"/>");
  }
  SECTION("sectioning elements become div") {
    CHECK(sanitize("<section><header>h</header><article>a</article></section>") ==
          "<div><div>h</div><div>a</div></div>");
  }
}

TEST_CASE("The sanitizer asks its hooks about ids, links, images and notes", "[html_sanitize]") {
  FakeHooks hooks;
  CHECK(sanitize("<p id=\"a\"><a href=\"#x\" data-mdexport-pos=\"3:5\">l</a><img src=\"i.png\" data-mdexport-pos=\"4:2\">"
                 "<mdexport-noteref n=\"2\"></mdexport-noteref><span id=\"taken\">t</span></p>",
                 mdexport::HtmlContext::Flow, &hooks) ==
        "<p id=\"id-a\"><a href=\"#x\">l</a><img src=\"i.png\" alt=\"\"/>[2]<span>t</span></p>");
  const std::vector<std::string> expected = {"link #x @3:5", "image i.png @4:2"};
  CHECK(hooks.calls == expected);
  SECTION("headings without an id get GitHub's slug") {
    CHECK(sanitize("<h2 align=\"center\">Getting Started!</h2>") ==
          "<h2 id=\"id-getting-started\" style=\"text-align: center\">Getting Started!</h2>");
  }
}

TEST_CASE("Hostile nesting and garbage do not break the output", "[html_sanitize]") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div><span>";
  const auto out = sanitize(deep + "x");
  pugi::xml_document check;
  CHECK(check.load_string(("<r>" + out + "</r>").c_str()));
  CHECK(sanitize(std::string("<p>a\x01\x0b" "b\xef\xbf\xbf" "c</p>")) == "<p>abc</p>");
  CHECK(sanitize("") == "");
  CHECK(sanitize("</div></p>") == "");
}
