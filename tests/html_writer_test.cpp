#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "convert/conversion.hpp"
#include "formats/html/html_images.hpp"
#include "support.hpp"

namespace {

std::string to_html(const std::string& md, const mdexport::WriteOptions& opts, std::vector<std::string>* warnings = nullptr) {
  mdexport::Registry registry;
  mdexport::ConvertOptions copts;
  copts.write = opts;
  mdexport::Diagnostics diag("t.md");
  mdexport::StringSink sink;
  mdexport::convert(md, *registry.find("html"), copts, diag, sink);
  if (warnings) *warnings = diag.warnings();
  return sink.str();
}

}  // namespace

TEST_CASE("HTML output is one standalone file", "[html_writer]") {
  test::TempDir dir;
  test::write_file(dir / "dot.gif", "GIF89a");
  mdexport::WriteOptions opts;
  opts.resource_dir = dir.path();
  std::vector<std::string> warnings;
  const auto html = to_html("---\ntitle: T & U\nlang: fr\nauthor: Ann\n---\nText[^1] ![d](dot.gif) ![r](https://e.com/r.png) "
                            "[doc](docs/a.md) <a href=\"#fn-1\">x</a>\n\n<div></div>\n\n[^1]: Note.\n",
                            opts, &warnings);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"));
  CHECK_THAT(html, Catch::Contains("<title>T &amp; U</title>"));
  CHECK_THAT(html, Catch::Contains("<meta name=\"author\" content=\"Ann\">"));
  CHECK_THAT(html, Catch::Contains("<style>\n/* mdexport default stylesheet"));
  CHECK_THAT(html, Catch::Contains("<h1 class=\"title\">T &amp; U</h1>"));
  CHECK_THAT(html, Catch::Contains("<img src=\"data:image/gif;base64,R0lGODlh\" alt=\"d\"/>"));
  // A remote image is not fetched when the page is opened: it is a link.
  CHECK_THAT(html, Catch::Contains("<a href=\"https://e.com/r.png\" class=\"image-link\">r</a>"));
  CHECK_THAT(html, Catch::Contains("<a href=\"docs/a.md\">doc</a>"));
  CHECK_THAT(html, Catch::Contains("<section class=\"footnotes\" role=\"doc-endnotes\">"));
  CHECK_THAT(html, Catch::Contains("<div></div>"));
  CHECK_THAT(html, !Catch::Contains("epub:type"));
  CHECK(warnings == std::vector<std::string>{
                        "t.md:6:24: warning: remote image https://e.com/r.png is not fetched; it is shown as a link"});
  SECTION("the body is well-formed XML too") {
    const auto start = html.find("<body>"), end = html.find("</body>") + 7;
    pugi::xml_document doc;
    CHECK(doc.load_buffer(html.data() + start, end - start));
  }
}

TEST_CASE("HTML takes the stylesheet from --css and keeps it inside <style>", "[html_writer]") {
  test::TempDir dir;
  test::write_file(dir / "s.css", "a > b { content: \"</style>\"; }\n");
  mdexport::WriteOptions opts;
  opts.css = dir / "s.css";
  const auto html = to_html("# Hi\n", opts);
  CHECK_THAT(html, Catch::Contains("<style>\na > b { content: \"<\\/style>\"; }\n\n</style>"));
  CHECK_THAT(html, !Catch::Contains("class=\"titleblock\""));  // the first heading is the title
}

TEST_CASE("base64 pads as RFC 4648 says", "[html_writer]") {
  CHECK(mdexport::base64("") == "");
  CHECK(mdexport::base64("f") == "Zg==");
  CHECK(mdexport::base64("fo") == "Zm8=");
  CHECK(mdexport::base64("foo") == "Zm9v");
  CHECK(mdexport::base64("foobar") == "Zm9vYmFy");
}
