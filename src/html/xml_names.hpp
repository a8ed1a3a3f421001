#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace mdexport {

// Text as XML 1.0 allows it: C0 controls other than tab, newline and
// carriage return, and U+FFFE/U+FFFF, are dropped (a single one makes an
// XHTML file unreadable to every e-reader). REQUIRES: text is valid UTF-8.
std::string xml_text(std::string_view text);
// True when xml_text(text) would return text unchanged, as it does for
// nearly all text: the caller can then use text as it is, without a copy.
bool is_xml_text(std::string_view text);

// Appends text to parent as a text node, without what XML forbids (see
// xml_text). REQUIRES: text is valid UTF-8.
void append_text(pugi::xml_node parent, std::string_view text);

// Appends text with &, <, > and " escaped, for markup built as a string.
void append_escaped(std::string_view text, std::string& out);

// A valid XML id (an NCName) made from any string: ASCII letters, digits,
// '-', '_' and '.' are kept, other characters become "uXXXX", and an id that
// would not start with a letter or '_' gets an "x-" prefix. ASCII-only, so
// every validator's idea of a name accepts it. Never empty.
std::string xml_id(std::string_view wanted);

}  // namespace mdexport
