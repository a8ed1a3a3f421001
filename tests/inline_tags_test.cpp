#include "html/inline_tags.hpp"

#include <catch2/catch.hpp>

using mdexport::inline_tag_attribute;
using mdexport::read_inline_tag;

TEST_CASE("read_inline_tag names opening and closing tags in lower case", "[inline_tags]") {
  CHECK(read_inline_tag("<br>").name == "br");
  CHECK(read_inline_tag("<BR/>").name == "br");
  CHECK(read_inline_tag("<br />").name == "br");
  CHECK_FALSE(read_inline_tag("<br>").closing);
  CHECK(read_inline_tag("<my-tag data-x=1>").name == "my-tag");
  CHECK(read_inline_tag("</A>").name == "a");
  CHECK(read_inline_tag("</A>").closing);
  CHECK(read_inline_tag("<h2\nalign=center>").name == "h2");
}

TEST_CASE("read_inline_tag gives no name to comments and declarations", "[inline_tags]") {
  CHECK(read_inline_tag("<!-- a -->").name.empty());
  CHECK(read_inline_tag("<!DOCTYPE html>").name.empty());
  CHECK(read_inline_tag("<?php x ?>").name.empty());
  CHECK(read_inline_tag("<![CDATA[x]]>").name.empty());
  CHECK(read_inline_tag("").name.empty());
}

TEST_CASE("inline_tag_attribute reads quoted and unquoted values", "[inline_tags]") {
  const char* tag = "<img\tsrc=logo.svg  ALT = 'The \"logo\"' width=\"48\" hidden data-x=\"a>b\" title=x/>";
  CHECK(inline_tag_attribute(tag, "src") == "logo.svg");
  CHECK(inline_tag_attribute(tag, "alt") == "The \"logo\"");
  CHECK(inline_tag_attribute(tag, "width") == "48");
  CHECK(inline_tag_attribute(tag, "hidden").empty());
  CHECK(inline_tag_attribute(tag, "data-x") == "a>b");
  CHECK(inline_tag_attribute(tag, "title") == "x/");
  CHECK(inline_tag_attribute(tag, "height").empty());
  // The tag's own name is not an attribute.
  CHECK(inline_tag_attribute("<alt>", "alt").empty());
  CHECK(inline_tag_attribute("<a href=\"  https://example.com/ \">", "href") == "https://example.com/");
}

TEST_CASE("inline_tag_attribute decodes entity references", "[inline_tags]") {
  CHECK(inline_tag_attribute("<a href=\"https://x.org/?a=1&amp;b=2\">", "href") == "https://x.org/?a=1&b=2");
  CHECK(inline_tag_attribute("<img alt='caf&eacute; &#x263A; &copy;'>", "alt") == "café ☺ ©");
  CHECK(inline_tag_attribute("<img alt=R&amp;D src=x>", "alt") == "R&D");
  CHECK(inline_tag_attribute("<a href=\"https://x.org/?a=1&b=2&c\">", "href") == "https://x.org/?a=1&b=2&c");
}
