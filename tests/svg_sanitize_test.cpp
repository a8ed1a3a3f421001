#include "formats/xhtml/local_image.hpp"
#include "support.hpp"
#include "svg/svg_sanitize.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

using namespace mdexport;

namespace {

std::string clean(const std::string& svg, int* removed = nullptr) {
  std::string why;
  const auto out = sanitize_svg(svg, why);
  INFO(why);
  REQUIRE(out);
  if (removed) *removed = out->removed;
  return out->svg;
}

const std::string kOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
const std::string kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\"";

}  // namespace

TEST_CASE("A benign SVG comes out of the sanitizer equivalent", "[svg]") {
  // Elements that come out as they went in, byte for byte.
  const std::string unchanged =
      "<title>Logo</title>"
      "<defs><linearGradient id=\"g\" x2=\"1\"><stop offset=\"0\" stop-color=\"#f00\"/>"
      "<stop offset=\"1\" stop-color=\"#00f\" stop-opacity=\".5\"/></linearGradient>"
      "<path id=\"p\" d=\"M0 0L10 10\"/><clipPath id=\"c\"><rect width=\"50\" height=\"50\"/></clipPath></defs>"
      "<g clip-path=\"url(#c)\" transform=\"translate(1 2)\"><rect width=\"120\" height=\"60\" fill=\"url(#g)\" "
      "style=\"stroke: url('#g'); stroke-width: 2\"/></g>";
  const std::string in =
      "<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120\" "
      "height=\"60\" viewBox=\"0 0 120 60\">" +
      unchanged +
      "<use xlink:href=\"#p\" x=\"5\"/><use href=\"#p\" y=\"5\"/>"
      "<text x=\"10\" y=\"40\" font-family=\"DejaVu Sans\" xml:space=\"preserve\">Hi <tspan fill=\"red\">there</tspan> "
      "&amp; &#x263A;</text>"
      "<style>rect { fill: url(#g) } /* ok */</style>"
      "</svg>\n";
  int removed = -1;
  CHECK(clean(in, &removed) ==
        kHead +
            " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120\" height=\"60\" viewBox=\"0 0 120 60\">" +
            unchanged +
            "<use x=\"5\" xlink:href=\"#p\"/><use y=\"5\" xlink:href=\"#p\"/>"
            "<text x=\"10\" y=\"40\" font-family=\"DejaVu Sans\" xml:space=\"preserve\">Hi <tspan fill=\"red\">there"
            "</tspan> &amp; \u263A</text>"
            "<style>rect { fill: url(#g) } /* ok */</style>"
            "</svg>\n");
  CHECK(removed == 0);
}

TEST_CASE("The SVG sanitizer removes each kind of active or external content", "[security][svg]") {
  struct Case {
    const char* what;
    std::string body;
  };
  const Case cases[] = {
      {"script", "<script>alert('EVIL')</script><script xlink:href=\"https://evil.example/EVIL.js\"/>"},
      {"event handler", "<rect width=\"1\" height=\"1\" onclick=\"EVIL()\" ONLOAD=\"EVIL()\"/>"},
      {"javascript: link", "<a xlink:href=\"javascript:EVIL()\"><rect width=\"1\" height=\"1\"/></a>"},
      {"remote link", "<a href=\"https://evil.example/EVIL\"><rect width=\"1\" height=\"1\"/></a>"},
      {"foreignObject", "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">EVIL</p></foreignObject>"},
      {"remote use", "<use xlink:href=\"https://evil.example/EVIL.svg#a\"/>"},
      {"image", "<image xlink:href=\"https://evil.example/EVIL.png\" width=\"1\" height=\"1\"/>"},
      {"remote url() attribute", "<rect width=\"1\" height=\"1\" fill=\"url(https://evil.example/EVIL#a)\"/>"},
      {"remote url() in style", "<rect width=\"1\" height=\"1\" style=\"fill:URL( 'https://evil.example/EVIL')\"/>"},
      {"escaped url() in style", "<rect width=\"1\" height=\"1\" style=\"fill:\\75rl(https://evil.example/EVIL)\"/>"},
      {"@import", "<style>@import 'https://evil.example/EVIL.css';</style>"},
      {"remote url() in style element", "<style><![CDATA[rect{fill:url(//evil.example/EVIL)}]]></style>"},
      {"set href", "<a><set attributeName=\"xlink:href\" to=\"javascript:EVIL()\"/></a>"},
      {"animate href", "<a><animate attributeName=\"href\" values=\"javascript:EVIL()\"/></a>"},
      {"animate handler", "<rect><set attributeName=\"onclick\" to=\"EVIL()\"/></rect>"},
      {"javascript: value", "<rect><animate attributeName=\"fill\" to=\"javascript:EVIL()\"/></rect>"},
      {"processing instruction", "<?evil EVIL?>"},
      {"comment", "<!-- EVIL -->"},
      {"other namespace", "<x:script xmlns:x=\"http://www.w3.org/2000/svg\">EVIL</x:script>"},
      {"HTML element", "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">EVIL</html:script>"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    const auto out = clean(kOpen + c.body + "</svg>");
    CHECK(out.find("EVIL") == std::string::npos);
    CHECK(out.find("evil.example") == std::string::npos);
  }
  SECTION("a DOCTYPE and its entities are dropped, never expanded") {
    int removed = 0;
    const auto out = clean(
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
        "<!ENTITY big \"EVIL\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;&big;</text></svg>",
        &removed);
    CHECK(out == kHead + "><text>&amp;xxe;&amp;big;</text></svg>\n");
    CHECK(removed == 1);
  }
  SECTION("a use left without a same-document reference is dropped") {
    CHECK(clean(kOpen + "<use xlink:href=\"other.svg#a\"/><use/></svg>") == kHead + "/>\n");
  }
}

TEST_CASE("The SVG sanitizer refuses what is not an SVG document", "[security][svg]") {
  std::string why;
  CHECK_FALSE(sanitize_svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>", why));
  CHECK(why.starts_with("not well-formed XML ("));
  CHECK_FALSE(sanitize_svg("<svg><rect/></svg>", why));
  CHECK(why == "its document element is not svg in the SVG namespace");
  CHECK_FALSE(sanitize_svg("<html xmlns=\"http://www.w3.org/2000/svg\"><svg/></html>", why));
  CHECK_FALSE(
      sanitize_svg("<svg xmlns=\"http://www.w3.org/2000/svg\"/><svg xmlns=\"http://www.w3.org/2000/svg\"/>", why));
  CHECK_FALSE(sanitize_svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>\xff</text></svg>", why));
  CHECK(why == "not valid UTF-8");
  CHECK_FALSE(sanitize_svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"fill\" "
                           "attributeName=\"href\"/></svg>", why));
  CHECK(why == "not well-formed XML (an element repeats an attribute)");
  CHECK(sanitize_svg("<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:rect/></s:svg>", why)->svg ==
        kHead + "><rect/></svg>\n");
}

TEST_CASE("The SVG sanitizer survives deep nesting without recursion past a cap", "[security][svg]") {
  std::string in = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
  for (int i = 0; i < 100000; ++i) in += "<g>";
  for (int i = 0; i < 100000; ++i) in += "</g>";
  in += "</svg>";
  int removed = 0;
  const auto out = clean(in, &removed);
  CHECK(removed == 1);
  CHECK(out.size() < 2000);
}

TEST_CASE("The fuzzer's seed SVGs and SVG crashers sanitise to a fixed point", "[security][svg]") {
  int seen = 0;
  for (const char* folder : {"tests/fuzz/seeds/svg", "tests/fuzz/regressions"}) {
    for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / folder)) {
      if (entry.path().extension() != ".svg") continue;
      INFO(entry.path().filename());
      ++seen;
      std::string why;
      const auto once = sanitize_svg(test::read_file(entry.path()), why);
      if (!once) continue;
      const auto twice = sanitize_svg(once->svg, why);
      REQUIRE(twice);
      CHECK(twice->svg == once->svg);
      CHECK(twice->removed == 0);
      CHECK(sniff_image_type(once->svg) == "image/svg+xml");
    }
  }
  CHECK(seen >= 6);
}
