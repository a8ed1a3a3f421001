#include "html/html_document.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

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
