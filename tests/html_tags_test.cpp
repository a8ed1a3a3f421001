#include "html/html_tags.hpp"

#include <catch2/catch.hpp>

using mdexport::is_br_tag;

TEST_CASE("is_br_tag recognises line-break tags only", "[html_tags]") {
  CHECK(is_br_tag("<br>"));
  CHECK(is_br_tag("<BR/>"));
  CHECK(is_br_tag("<br />"));
  CHECK_FALSE(is_br_tag("<b>"));
  CHECK_FALSE(is_br_tag("<brx>"));
}
