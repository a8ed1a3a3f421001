#pragma once
#include <string>

#include "doc/document.hpp"

namespace mdexport {

// The element for an inline that only styles its children: em, strong,
// del, sup or sub.
const char* element_name(doc::InlineKind kind);

// Inlines as HTML source, raw HTML as written: a paragraph like
// "<kbd>Ctrl</kbd> *and* ![x](a.png)" must go through the HTML parser as a
// whole, since a tag may open in one inline and close in another. Links and
// images carry their position (kPosAttribute) and footnote references
// become kNoteRefElement, for the sanitizer to hand back to its hooks.
std::string inline_html(const doc::Inlines& inlines);

}  // namespace mdexport
