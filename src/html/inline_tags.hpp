#pragma once
#include <array>
#include <string>
#include <string_view>

#include "doc/document.hpp"

namespace mdexport {

// One inline raw HTML node as cmark-gfm gives it: a single opening or
// closing tag ("<b>", "</a>", "<img src=x />"), a comment, a declaration,
// a processing instruction or CDATA.
struct InlineTag {
  std::string name;      // lower case; "" for what is not a tag
  bool closing = false;  // "</name>"
};
InlineTag read_inline_tag(std::string_view raw);

// The HTML elements the writers that draw no HTML show as one of
// Markdown's inlines, in raw blocks and inline tags alike.
struct StyleTag {
  std::string_view name;  // lower case
  doc::InlineKind kind;   // Strong, Emphasis, Strikethrough, Superscript, Subscript, Code or Link
};
inline constexpr std::array<StyleTag, 15> kStyleTags{{
    {"b", doc::InlineKind::Strong},
    {"strong", doc::InlineKind::Strong},
    {"i", doc::InlineKind::Emphasis},
    {"em", doc::InlineKind::Emphasis},
    {"cite", doc::InlineKind::Emphasis},
    {"s", doc::InlineKind::Strikethrough},
    {"strike", doc::InlineKind::Strikethrough},
    {"del", doc::InlineKind::Strikethrough},
    {"sup", doc::InlineKind::Superscript},
    {"sub", doc::InlineKind::Subscript},
    {"code", doc::InlineKind::Code},
    {"kbd", doc::InlineKind::Code},
    {"samp", doc::InlineKind::Code},
    {"tt", doc::InlineKind::Code},
    {"a", doc::InlineKind::Link},
}};

// The inline a style tag makes, by its lower-case name; Text for others.
doc::InlineKind style_of_tag(std::string_view name);

// The value of attribute `name` (lower case) in the opening tag raw,
// entity references decoded and spaces around it trimmed; "" when absent.
// Only a value holding a reference ("&amp;", "&#38;") needs the raw HTML
// reader, and so libxml2; a bare '&' is kept as written.
std::string inline_tag_attribute(std::string_view raw, std::string_view name);

// Whether the lower-case name is one of HTML's void elements (br, img...),
// which have no content and no closing tag.
bool is_void_tag(std::string_view name);

}  // namespace mdexport
