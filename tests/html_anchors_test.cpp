#include "markdown/html_anchors.hpp"

#include <catch2/catch.hpp>

using mdexport::collect_html_anchors;
using Ids = std::set<std::string>;

TEST_CASE("raw HTML anchors are found", "[html_anchors]") {
  Ids ids;
  collect_html_anchors("<a name=\"install\"></a><div id='top' class=x></div><span ID=bare>", ids);
  CHECK(ids == Ids{"install", "top", "bare"});
}

TEST_CASE("raw HTML headings get GitHub slugs", "[html_anchors]") {
  Ids ids;
  collect_html_anchors("<h2 align=\"center\"><a href=\"#x\">Getting <b>Started</b></a></h2>", ids);
  CHECK(ids.contains("getting-started"));
}

TEST_CASE("unterminated markup is ignored without reading past the end", "[html_anchors]") {
  Ids ids;
  collect_html_anchors("<h1>never closed", ids);
  collect_html_anchors("<div id=\"open", ids);
  collect_html_anchors(" id=", ids);
  CHECK(ids.empty());
}
