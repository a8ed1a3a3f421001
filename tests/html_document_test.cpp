#include "html/html_document.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "markdown/html_depth.hpp"
#include "support.hpp"

using mdexport::parse_html;

namespace {

std::string body_text(const mdexport::HtmlDocument& document) {
  xmlChar* content = xmlNodeGetContent(xmlDocGetRootElement(document.get()));
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

}  // namespace

TEST_CASE("raw HTML parses as browsers would recover it", "[html]") {
  const auto document = parse_html("<p>one<b>two</p><div>three");
  REQUIRE(document);
  const xmlNodePtr html = xmlDocGetRootElement(document.get());
  CHECK(std::string(reinterpret_cast<const char*>(html->name)) == "html");
  CHECK(body_text(document) == "onetwothree");
}

TEST_CASE("raw HTML parses on several threads at once", "[html]") {
  constexpr int kThreads = 8;
  std::vector<std::string> texts(kThreads);
  test::run_together(kThreads, [&](int i) { texts[i] = body_text(parse_html(std::to_string(i))); });
  for (int i = 0; i < kThreads; ++i) CHECK(texts[i] == std::to_string(i));
}

TEST_CASE("raw HTML deeper than the cap keeps its text, flattened below it", "[security][html]") {
  std::string html;
  for (int i = 0; i < 300; ++i) html += "<div>";
  html += "<p>deep <b>bold</b> text</p><p>more</p>";
  for (int i = 0; i < 300; ++i) html += "</div>";
  html += "after";
  const auto document = parse_html(html);
  REQUIRE(document);
  CHECK(body_text(document) == "deep bold text more after");
  int depth = 0;
  for (xmlNodePtr n = xmlDocGetRootElement(document.get()); n; n = n->children) ++depth;
  CHECK(depth == mdexport::kMaxHtmlDepth + 1);  // the last element holds the text node
}
