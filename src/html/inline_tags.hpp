#pragma once
#include <string>
#include <string_view>

namespace mdexport {

// One inline raw HTML node as cmark-gfm gives it: a single opening or
// closing tag ("<b>", "</a>", "<img src=x />"), a comment, a declaration,
// a processing instruction or CDATA.
struct InlineTag {
  std::string name;      // lower case; "" for what is not a tag
  bool closing = false;  // "</name>"
};
InlineTag read_inline_tag(std::string_view raw);

// The value of attribute `name` (lower case) in the opening tag raw,
// entity references decoded and spaces around it trimmed; "" when absent.
// Only a value holding a reference ("&amp;", "&#38;") needs the raw HTML
// reader, and so libxml2; a bare '&' is kept as written.
std::string inline_tag_attribute(std::string_view raw, std::string_view name);

}  // namespace mdexport
