#pragma once
#include <optional>

#include "doc/document.hpp"

namespace mdexport {

// Inline raw HTML as Markdown's own inlines, for the writers that draw no
// HTML. cmark-gfm gives each tag alone ("<b>", "bold", "</b>"); the text
// between an opening tag and its closing tag becomes the children of
// Strong (b, strong), Emphasis (i, em, cite), Strikethrough (s, strike,
// del), Superscript (sup), Subscript (sub), Code (code, kbd, samp, tt, as
// one text) or Link (a href, but never
// javascript:, vbscript: or data:). <br> adds a LineBreak. <img> of a
// local file adds an Image with its alt text, width and height, as
// html_paragraphs does; a remote one only its alt text ("[image: alt]",
// or "[image]" in a link when it has none). The tags stay, as RawHtml, for the link targets they
// may name; other tags change nothing. A tag left open closes where its
// inline list ends, a closing tag with nothing open is ignored, and tags
// nested 64 deep (Markdown's spans counted) style nothing more.
doc::Inlines fold_inline_html(const doc::Inlines& inlines);

// doc when it holds no inline raw HTML, else a copy with every inline list
// folded, kept in storage: for the PDF's layout, which reads inlines more
// than once (tables measure twice, --toc lays out twice) and keeps
// pointers to images while it works.
const doc::Document& with_inline_html_folded(const doc::Document& doc, std::optional<doc::Document>& storage);

}  // namespace mdexport
