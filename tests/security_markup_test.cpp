// Hostile markup in what a document pulls in: SVG images, remote images,
// script links and deep raw HTML, through every writer.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "convert/conversion.hpp"
#include "epub_check.hpp"
#include "support.hpp"
#include "writer/registry.hpp"


namespace {

// Converts md as a file in dir would be, warnings appended to *warnings.
std::string convert_in(const test::TempDir& dir, const std::string& md, std::string_view format,
                       std::vector<std::string>* warnings = nullptr) {
  mdexport::Registry registry;
  mdexport::ConvertOptions opts;
  opts.write.resource_dir = dir.path();
  mdexport::Diagnostics diag("test.md");
  mdexport::StringSink sink;
  mdexport::convert(md, *registry.find(format), opts, diag, sink);
  if (warnings) warnings->insert(warnings->end(), diag.warnings().begin(), diag.warnings().end());
  return sink.str();
}

// The bytes of every entry of an EPUB, one after another, for searching.
std::string joined_entries(const std::string& epub) {
  std::string all;
  for (const auto& [name, bytes] : test::unzip(epub)) all += bytes;
  return all;
}

std::string base64_decoded(std::string_view s) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : s) {
    const auto v = kAlphabet.find(c);
    if (v == std::string::npos) break;
    bits = (bits << 6) | static_cast<unsigned>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return out;
}

// The HTML with every base64 data: URL decoded in place, so that what an
// embedded image holds can be searched.
std::string with_data_decoded(const std::string& html) {
  std::string out;
  std::size_t from = 0;
  for (auto at = html.find(";base64,"); at != std::string::npos; at = html.find(";base64,", from)) {
    out += html.substr(from, at - from);
    const auto end = html.find('"', at);
    out += base64_decoded(std::string_view(html).substr(at + 8, end - at - 8));
    from = end;
  }
  return out + html.substr(from);
}

// An SVG holding body, with its own title (so that no two are the same file).
std::string svg_with(const std::string& title, const std::string& body, const std::string& prolog = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog +
         "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"20\" "
         "height=\"20\" viewBox=\"0 0 20 20\"><title>" +
         title +
         "</title><rect width=\"20\" height=\"20\" "
         "fill=\"green\"/>" +
         body + "</svg>\n";
}

struct Hostile {
  const char* what;
  std::string svg;
};

// Each construct carries the marker EVIL (and a host evil.example) that must
// not reach any file of the output.
std::vector<Hostile> hostile_svgs() {
  return {
      {"script", svg_with("script", "<script type=\"text/javascript\">alert('EVIL')</script>")},
      {"onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\" onload=\"alert('EVIL')\"/>"},
      {"javascript link",
       svg_with("javascript link", "<a xlink:href=\"javascript:alert('EVIL')\"><circle r=\"5\"/></a>")},
      {"foreignObject",
       svg_with("foreignObject",
                "<foreignObject width=\"9\" height=\"9\"><div xmlns=\"http://www.w3.org/1999/xhtml\">EVIL"
                "<script>alert(1)</script></div></foreignObject>")},
      {"external entity", svg_with("external entity", "<text y=\"9\">&xxe;</text>",
                                   "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"https://evil.example/EVIL.xml\">]>\n")},
      {"doctype", svg_with("doctype", "",
                           "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"https://evil.example/EVIL.dtd\">\n")},
      {"remote use", svg_with("remote use", "<use xlink:href=\"https://evil.example/EVIL.svg#a\"/>")},
      {"remote image",
       svg_with("remote image", "<image xlink:href=\"https://evil.example/EVIL.png\" width=\"9\" height=\"9\"/>")},
      {"remote url() in style",
       svg_with("remote url() in style",
                "<rect width=\"9\" height=\"9\" style=\"fill:url(https://evil.example/EVIL)\"/>")},
      {"@import", svg_with("@import", "<style>@import url(https://evil.example/EVIL.css);</style>")},
      {"set href", svg_with("set href", "<a><set attributeName=\"xlink:href\" to=\"https://evil.example/EVIL\"/></a>")},
      {"stylesheet instruction",
       svg_with("stylesheet instruction", "", "<?xml-stylesheet href=\"https://evil.example/EVIL.css\"?>\n")},
  };
}

// Writes the SVGs to dir and a Markdown document showing each.
std::string document_showing(const test::TempDir& dir, const std::vector<Hostile>& svgs) {
  std::string md = "# Pictures\n\n";
  for (std::size_t i = 0; i < svgs.size(); ++i) {
    std::string name = "p";
    name += std::to_string(i);
    name += ".svg";
    test::write_file(dir / name, svgs[i].svg);
    md += "![" + std::string(svgs[i].what) + "](" + name + ")\n\n";
  }
  return md;
}

void check_clean(const std::string& where, const std::string& bytes) {
  INFO(where);
  CHECK(bytes.find("EVIL") == std::string::npos);
  CHECK(bytes.find("evil.example") == std::string::npos);
  CHECK(bytes.find("alert(") == std::string::npos);
}

// Converts to EPUB and HTML; checks that no file of either holds the
// markers, that every SVG is still in the book, and returns the book.
std::string checked_book(const test::TempDir& dir, const std::vector<Hostile>& svgs) {
  const auto md = document_showing(dir, svgs);
  std::vector<std::string> warnings;
  const auto book = convert_in(dir, md, "epub", &warnings);
  int images = 0;
  for (const auto& [name, bytes] : test::unzip(book)) {
    check_clean(name, bytes);
    images += name.ends_with(".svg");
  }
  CHECK(images == static_cast<int>(svgs.size()));
  CHECK(test::book_problems(book) == "");
  check_clean("html", with_data_decoded(convert_in(dir, md, "html")));
  return book;
}

}  // namespace

TEST_CASE("SVG images in an EPUB or HTML file carry no script, handler, external reference or DTD",
          "[security][svg][markup]") {
  test::TempDir dir;
  const auto book = checked_book(dir, hostile_svgs());
  test::write_file(dir / "all.epub", book);
  CHECK(test::epubcheck({dir / "all.epub"}) == std::vector<std::string>{""});
}

// epubcheck judges them all in one book above (one JVM start, not twelve).
TEST_CASE("Each hostile SVG construct alone is removed from the book and the HTML", "[security][svg][markup]") {
  for (const auto& svg : hostile_svgs()) {
    INFO(svg.what);
    test::TempDir one;
    checked_book(one, {svg});
  }
}

TEST_CASE("An SVG that does not parse is refused with a warning and its alt text is shown", "[security][svg][markup]") {
  test::TempDir dir;
  test::write_file(dir / "broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>EVIL</svg>");
  for (const char* format : {"epub", "html"}) {
    INFO(format);
    std::vector<std::string> warnings;
    const auto out = convert_in(dir, "Look: ![a broken picture](broken.svg)\n", format, &warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].starts_with("test.md:1:7: warning: SVG image broken.svg is refused: not well-formed XML ("));
    CHECK(warnings[0].ends_with("; its alt text is shown"));
    if (std::string_view(format) == "epub") {
      for (const auto& [name, bytes] : test::unzip(out)) {
        check_clean(name, bytes);
        if (name.ends_with("ch001.xhtml")) CHECK(bytes.find("a broken picture") != std::string::npos);
      }
    } else {
      check_clean("html", out);
      CHECK(out.find("<span class=\"image-alt\">a broken picture</span>") != std::string::npos);
    }
  }
}

TEST_CASE("A file that only mentions <svg is not taken for an SVG image", "[security][svg][markup]") {
  test::TempDir dir;
  test::write_file(dir / "page.svg", "<html><body><script>EVIL</script><svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  std::vector<std::string> warnings;
  const auto book = convert_in(dir, "![x](page.svg)\n", "epub", &warnings);
  for (const auto& [name, bytes] : test::unzip(book)) check_clean(name, bytes);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "test.md:1:1: warning: not a PNG, JPEG, GIF, SVG or WebP image: page.svg; its alt text is shown");
}

TEST_CASE("Standalone HTML makes no request for a remote image: it becomes a link with its alt text and a warning",
          "[security][markup]") {
  test::TempDir dir;
  std::vector<std::string> warnings;
  const auto html = convert_in(dir,
                               "![pixel](https://tracker.example/p.png)\n\n"
                               "<img src=\"//tracker.example/q.gif\" alt=\"raw pixel\">\n",
                               "html", &warnings);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<a href=\"https://tracker.example/p.png\" class=\"image-link\">pixel</a>") != std::string::npos);
  CHECK(html.find("<a href=\"https://tracker.example/q.gif\" class=\"image-link\">raw pixel</a>") != std::string::npos);
  CHECK(warnings == std::vector<std::string>{
                        "test.md:1:1: warning: remote image https://tracker.example/p.png is not fetched; it is shown "
                        "as a link",
                        "test.md:3:1: warning: remote image //tracker.example/q.gif is not fetched; it is shown as a "
                        "link"});
}

TEST_CASE("A Markdown link to javascript:, vbscript:, data: or file: keeps its text and loses its target in every "
          "format, with a warning",
          "[security][markup]") {
  const std::string md =
      "[one](javascript:alert(1)) [two](VBScript:msgbox) [three](data:text/html,hi) [four](file:///etc/passwd)\n"
      "\n<javascript:alert(2)> [fine](https://example.com/)\n";
  const std::vector<std::string> expected = {
      "test.md:1:1: warning: link to 'javascript:alert(1)' is not kept (javascript:, vbscript:, data: and file: URLs "
      "never are); only its text is kept",
      "test.md:1:28: warning: link to 'VBScript:msgbox' is not kept (javascript:, vbscript:, data: and file: URLs "
      "never are); only its text is kept",
      "test.md:1:51: warning: link to 'data:text/html,hi' is not kept (javascript:, vbscript:, data: and file: URLs "
      "never are); only its text is kept",
      "test.md:1:78: warning: link to 'file:///etc/passwd' is not kept (javascript:, vbscript:, data: and file: URLs "
      "never are); only its text is kept",
      "test.md:3:1: warning: link to 'javascript:alert(2)' is not kept (javascript:, vbscript:, data: and file: URLs "
      "never are); only its text is kept",
  };
  test::TempDir dir;
  for (const char* format : {"pdf", "epub", "html", "txt"}) {
    INFO(format);
    std::vector<std::string> warnings;
    auto out = convert_in(dir, md, format, &warnings);
    if (std::string_view(format) == "epub") out = joined_entries(out);
    CHECK(warnings == expected);
    // The autolink's text is its URL, and stays as text, once.
    CHECK(out.find("javascript:alert(2)") == out.rfind("javascript:alert(2)"));
    CHECK(out.find("href=\"javascript") == std::string::npos);
    for (const char* gone : {"javascript:alert(1)", "VBScript:", "data:text", "file:"}) {
      INFO(gone);
      CHECK(out.find(gone) == std::string::npos);
    }
    if (std::string_view(format) == "pdf") {
      // The one link left is the only URI action.
      std::size_t actions = 0;
      for (auto at = out.find("/URI ("); at != std::string::npos; at = out.find("/URI (", at + 1)) ++actions;
      CHECK(actions == 1);
    } else {
      CHECK(out.find("https://example.com/") != std::string::npos);
    }
  }
  // Raw HTML links follow the same rule (without a warning: the sanitizer
  // drops them silently, as before).
  const auto raw = test::convert("<a href=\"file:///etc/passwd\">four</a> <p><a href=\"FILE:x\">five</a></p>\n", "txt");
  CHECK(raw.find("file:") == std::string::npos);
  CHECK(raw.find("FILE:") == std::string::npos);
}

TEST_CASE("Raw HTML nested 300 deep keeps its text in every format, with a warning", "[security][markup]") {
  std::string blocks, spans;
  for (int i = 0; i < 300; ++i) blocks += "<div>", spans += "<span>";
  blocks += "deep block text";
  spans += "deep inline text";
  for (int i = 0; i < 300; ++i) blocks += "</div>", spans += "</span>";
  const std::string md = blocks + "\n\nText " + spans + " after.\n";
  test::TempDir dir;
  for (const char* format : {"pdf", "epub", "html", "txt"}) {
    INFO(format);
    std::vector<std::string> warnings;
    auto out = convert_in(dir, md, format, &warnings);
    if (std::string_view(format) == "epub") {
      out = joined_entries(out);
    } else if (std::string_view(format) == "pdf") {
      test::write_file(dir / "deep.pdf", out);
      out = test::sh("pdftotext " + (dir / "deep.pdf").string() + " -").out;
    }
    CHECK(out.find("deep block text") != std::string::npos);
    CHECK(out.find("deep inline text") != std::string::npos);
    CHECK(warnings == std::vector<std::string>{
                          "test.md:1:1: warning: raw HTML nests 300 levels deep; below 200 levels its elements are "
                          "kept as plain text",
                          "test.md:3:1: warning: raw HTML nests 300 levels deep; below 200 levels its elements are "
                          "kept as plain text"});
  }
}

TEST_CASE("Raw HTML nested 100,000 deep converts in every format without losing its text", "[security][markup]") {
  std::string md;
  for (int i = 0; i < 100000; ++i) md += "<div>";
  md += "the bottom";
  test::TempDir dir;
  for (const char* format : {"epub", "html", "txt"}) {
    INFO(format);
    auto out = convert_in(dir, md, format);
    if (std::string_view(format) == "epub") out = joined_entries(out);
    CHECK(out.find("the bottom") != std::string::npos);
  }
}
