#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "writer/sink.hpp"

namespace mdexport {

// Appends <?xml version="1.0" encoding="UTF-8"?> to an empty doc.
void add_xml_declaration(pugi::xml_document& doc);

// Starts an XHTML 5 page in doc (which must be empty): XML declaration,
// doctype, <html> with the XHTML and (epub) EPUB namespaces and lang and
// xml:lang, <head> with <meta charset>, <title> and, when stylesheet_href is
// not empty, a link to it. Returns the empty <body>.
pugi::xml_node start_xhtml_page(pugi::xml_document& doc, std::string_view title, std::string_view lang,
                                std::string_view stylesheet_href, bool epub);

// Gives every empty element that HTML does not define as void an empty text
// child, so that it is written <p></p> and not <p/>: an HTML parser, and
// some e-readers, take <p/> for an open tag.
void close_empty_elements(pugi::xml_node root);

// Writes the node and its subtree to out, after close_empty_elements. A
// document node includes the declaration it holds. indent: one element per
// line, for files without mixed content (package, NCX, navigation); content
// is written as built, since whitespace in text and <pre> matters.
void write_xml(pugi::xml_node node, Sink& out, bool indent = false);

// The same, as a string.
std::string serialize_xml(pugi::xml_node node, bool indent = false);

}  // namespace mdexport
