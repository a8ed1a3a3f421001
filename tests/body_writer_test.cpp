#include <catch2/catch.hpp>

#include "formats/xhtml/body_writer.hpp"
#include "formats/xhtml/page.hpp"
#include "markdown/reader.hpp"

namespace {

// Shows local images as "img/<url>", links remote ones, loses "missing*".
class FakeImages : public mdexport::ImageResolver {
 public:
  mdexport::ImageTarget resolve(const std::string& url, doc::SourcePos pos, mdexport::Diagnostics& diag) override {
    if (url.starts_with("http")) return {mdexport::ImageTarget::Kind::Link, url};
    if (url.starts_with("missing")) {
      diag.warn(pos, "missing " + url);
      return {};
    }
    return {mdexport::ImageTarget::Kind::Embed, "img/" + url};
  }
};

struct Rendered {
  std::string body;
  std::vector<std::string> warnings;
  std::vector<mdexport::BodyHeading> headings;
};

Rendered render(const std::string& markdown, mdexport::BodyOptions opts = {}) {
  mdexport::Diagnostics diag("t.md");
  const auto d = mdexport::read_markdown(markdown, diag);
  FakeImages images;
  mdexport::BodyWriter writer(d, images, diag, opts);
  pugi::xml_document doc;
  auto body = doc.append_child("body");
  writer.blocks(d.blocks, body);
  for (int n = 1; n <= static_cast<int>(d.footnotes.size()); ++n) writer.footnote(n, body);
  writer.resolve_links();
  return {mdexport::serialize_xml(body), diag.warnings(), writer.headings()};
}

}  // namespace

TEST_CASE("Markdown blocks become XHTML elements", "[body_writer]") {
  CHECK(render("# Title\n\nText *em* **strong** ~~del~~ `code`  \nnext\n").body ==
        "<body><h1 id=\"title\">Title</h1>\n<p>Text <em>em</em> <strong>strong</strong> <del>del</del> "
        "<code>code</code><br/>\nnext</p>\n</body>");
  CHECK(render("```js\nlet a = 1 < 2;\n```\n").body ==
        "<body><pre><code class=\"language-js\">let a = 1 &lt; 2;</code></pre>\n</body>");
  CHECK(render("> quote\n\n---\n").body == "<body><blockquote>\n<p>quote</p>\n</blockquote>\n<hr/>\n</body>");
  SECTION("tight lists hold their text directly, loose ones paragraphs") {
    CHECK(render("3. a\n4. b\n").body == "<body><ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n</body>");
    CHECK(render("- a\n\n- b\n").body == "<body><ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n</body>");
  }
  SECTION("task items show a box") {
    CHECK(render("- [x] done\n- [ ] open\n").body ==
          "<body><ul>\n<li class=\"task\"><span class=\"task-box\">\u2611</span> done</li>\n"
          "<li class=\"task\"><span class=\"task-box\">\u2610</span> open</li>\n</ul>\n</body>");
  }
  SECTION("tables have a head and aligned cells") {
    CHECK(render("| a | b |\n|:--|--:|\n| 1 | 2 |\n").body ==
          "<body><table>\n<thead><tr><th class=\"left\">a</th><th class=\"right\">b</th></tr>\n</thead>"
          "<tbody><tr><td class=\"left\">1</td><td class=\"right\">2</td></tr>\n</tbody></table>\n</body>");
  }
}

TEST_CASE("Headings get valid, unique ids and are reported for the contents", "[body_writer]") {
  const auto r = render("# 1. Intro\n\n## Intro\n\n## Intro\n\n# Über *uns*\n");
  CHECK_THAT(r.body, Catch::Contains("<h1 id=\"x-1-intro\">"));
  CHECK_THAT(r.body, Catch::Contains("<h2 id=\"intro\">"));
  CHECK_THAT(r.body, Catch::Contains("<h2 id=\"intro-1\">"));
  CHECK_THAT(r.body, Catch::Contains("<h1 id=\"u00FCber-uns\">"));
  REQUIRE(r.headings.size() == 4);
  CHECK(r.headings[3].text == "Über uns");
  CHECK(r.headings[3].level == 1);
}

TEST_CASE("Internal links lead to ids, or lose their href", "[body_writer]") {
  const auto r = render("[a](#1-intro) [b](#Later) [c](#nothing) <a href=\"#raw\">d</a>\n\n# 1. Intro\n\n# Later\n\n<p id=\"raw\">r</p>\n");
  CHECK_THAT(r.body, Catch::Contains("<a href=\"#x-1-intro\">a</a> <a href=\"#later\">b</a> <a>c</a> <a href=\"#raw\">d</a>"));
}

TEST_CASE("External and relative links", "[body_writer]") {
  SECTION("in EPUB, a relative link would leave the book: text and a warning") {
    const auto r = render("[doc](docs/a.md) [web](<https://example.com/a b>) [mail](mailto:a@b.c) [bad](https://../x)\n");
    CHECK(r.body == "<body><p><a>doc</a> <a href=\"https://example.com/a%20b\">web</a> <a href=\"mailto:a@b.c\">mail</a> <a>bad</a></p>\n</body>");
    const std::vector<std::string> expected = {
        "t.md:1:1: warning: link to 'docs/a.md' leads outside the book; only its text is kept",
        "t.md:1:72: warning: link to 'https://../x' is not a valid URL; only its text is kept"};
    CHECK(r.warnings == expected);
  }
  SECTION("in HTML, relative links stay") {
    mdexport::BodyOptions opts;
    opts.relative_links = true;
    CHECK(render("[doc](docs/my%20a.md)\n", opts).body == "<body><p><a href=\"docs/my%20a.md\">doc</a></p>\n</body>");
  }
}

TEST_CASE("Images go through the resolver", "[body_writer]") {
  const auto r = render("![a](x.png \"T\") ![b](https://e.com/b.png) [![c](https://e.com/c.png)](https://e.com) ![d](missing.png)\n");
  CHECK(r.body ==
        "<body><p><img src=\"img/x.png\" alt=\"a\" title=\"T\"/> <a href=\"https://e.com/b.png\" class=\"image-link\">b</a> "
        "<a href=\"https://e.com\"><span class=\"image-alt\">c</span></a> <span class=\"image-alt\">d</span></p>\n</body>");
  CHECK(r.warnings == std::vector<std::string>{"t.md:1:86: warning: missing missing.png"});
}

TEST_CASE("Raw inline HTML is parsed with the text around it", "[body_writer]") {
  CHECK(render("Press <kbd>Ctrl</kbd>+*<b>C</b>* [x<br>y](https://e.com) <img src=\"p.png\" width=\"9\">\n").body ==
        "<body><p>Press <kbd>Ctrl</kbd>+<em><b>C</b></em> <a href=\"https://e.com\">x<br/>y</a> "
        "<img src=\"img/p.png\" alt=\"\" width=\"9\"/></p>\n</body>");
  SECTION("a block-level tag inside a paragraph does not break it") {
    CHECK(render("a <div>b</div> c\n").body == "<body><p>a b c</p>\n</body>");
  }
  SECTION("positions of Markdown images inside survive for warnings") {
    CHECK(render("x <b>y</b>\n![d](missing.png)\n").warnings == std::vector<std::string>{"t.md:2:1: warning: missing missing.png"});
  }
}

TEST_CASE("Footnotes are EPUB 3 notes with links both ways", "[body_writer]") {
  const auto r = render("A[^1] B[^1] C <i>x</i>[^2]\n\n[^1]: One.\n[^2]: - Two\n");
  CHECK_THAT(r.body, Catch::Contains("A<sup><a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"));
  CHECK_THAT(r.body, Catch::Contains("B<sup><a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>"));
  CHECK_THAT(r.body, Catch::Contains("href=\"#fn-2\" id=\"fnref-2\">2</a>"));
  CHECK_THAT(r.body, Catch::Contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-1\" class=\"footnote\">\n"
                                     "<p><a href=\"#fnref-1\" role=\"doc-backlink\" class=\"footnote-back\">1.</a> One.</p>"));
  // A note that does not start with a paragraph gets one for its number.
  CHECK_THAT(r.body, Catch::Contains("<p><a href=\"#fnref-2\" role=\"doc-backlink\" class=\"footnote-back\">2.</a> </p><ul>"));
  SECTION("without epub:type for plain HTML") {
    mdexport::BodyOptions opts;
    opts.epub_types = false;
    CHECK_THAT(render("A[^1]\n\n[^1]: One.\n", opts).body, !Catch::Contains("epub:type"));
  }
}
