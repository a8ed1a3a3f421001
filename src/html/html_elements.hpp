#pragma once
// What the sanitizer does with each HTML element: the one table of
// elements it knows, and which of them HTML5 defines as void.
#include <string>

namespace mdexport {

// How an input element is treated.
enum class ElementType {
  Drop,          // removed with its content
  Unwrap,        // replaced by its content
  Inline,        // text-level container
  Void,          // br, wbr
  Img,
  Anchor,
  Block,         // block with block content: div, blockquote
  TextBlock,     // block with text-level content: p, h1-h6, pre
  Rule,          // hr
  List,          // ul, ol
  DefList,       // dl
  ListItem,      // li
  DefItem,       // dt, dd
  Table,
  TableSection,  // thead, tbody, tfoot
  Row,           // tr
  Cell,          // td, th
  Caption,
  Details,
  Summary,
  NoteRef,       // kNoteRefElement
};

struct ElementRule {
  ElementType type;
  const char* as;  // output element name; nullptr when none is written
};

// The rule for a (lower-case) element name; unknown elements are Unwrap.
const ElementRule& element_rule(const std::string& name);

// Elements that never have content in HTML5. libxml2's HTML 4 parser does
// not know some of them (source, track, embed, wbr) and nests what follows
// inside them; the sanitizer puts that content back beside them.
bool is_void_element(const char* name);

}  // namespace mdexport
