#include <catch2/catch.hpp>

#include "html/html_elements.hpp"

using namespace mdexport;

TEST_CASE("Every element has one rule", "[html_elements]") {
  CHECK(element_rule("script").type == ElementType::Drop);
  CHECK(element_rule("iframe").type == ElementType::Drop);
  CHECK(element_rule("center").type == ElementType::Block);
  CHECK(std::string(element_rule("center").as) == "div");
  CHECK(std::string(element_rule("strike").as) == "s");
  CHECK(element_rule("p").type == ElementType::TextBlock);
  CHECK(element_rule("picture").type == ElementType::Unwrap);
  CHECK(element_rule("made-up").type == ElementType::Unwrap);
}

TEST_CASE("HTML5 void elements are known, including those libxml2 does not know", "[html_elements]") {
  for (const char* name : {"br", "img", "source", "track", "embed", "wbr"}) CHECK(is_void_element(name));
  CHECK_FALSE(is_void_element("div"));
  CHECK_FALSE(is_void_element("a"));
}
