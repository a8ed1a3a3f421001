#pragma once
// The attributes of raw HTML elements as the sanitizer keeps them: known
// ones only, presentational ones turned into CSS.
#include <libxml/tree.h>

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html/html_elements.hpp"
#include "html/html_sanitize.hpp"

namespace mdexport {

// An element's attributes in document order: names lower-cased, values
// with the characters XML forbids removed.
using HtmlAttributes = std::vector<std::pair<std::string, std::string>>;
HtmlAttributes html_attributes(xmlNodePtr element);

// The value of attribute name, or nullptr.
const std::string* find_attribute(const HtmlAttributes& attrs, std::string_view name);

// s without HTML whitespace around it.
std::string trim_space(std::string_view s);

// The link target raw HTML gives element n, before a writer makes it
// unique: its id (an <a>'s name when it has no id), trimmed, or for a
// heading without one the GitHub slug of its text; "" for none.
std::string html_target(xmlNodePtr n, bool anchor, bool heading);

// An <img>'s attributes for the hooks: src (unless dangerous), alt, title,
// whole-pixel width and height; percentages and align become style.
HtmlImage html_image(const HtmlAttributes& attrs, doc::SourcePos pos);

// Copies to el what it may keep of attrs (id excepted): class, title, dir,
// table cell spans and scope, list start, reversed and type, details open;
// align, valign, width, height, bgcolor, color and nowrap become one style
// attribute when their values are safe. in_name is the element as written
// ("center" becomes a centred div).
void copy_kept_attributes(const HtmlAttributes& attrs, std::string_view in_name, const ElementRule& rule,
                          pugi::xml_node el);

}  // namespace mdexport
