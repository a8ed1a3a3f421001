#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.hpp"

namespace mdexport {

// One paragraph of a raw HTML fragment, for the writers that draw no HTML.
struct HtmlParagraph {
  // Text, LineBreak, Image, and the styles Markdown has: Strong (b, strong),
  // Emphasis (i, em, cite), Code (code, kbd, samp, tt), Strikethrough (s,
  // strike, del) and Link (a href, but never javascript:, vbscript:, file: or
  // data:); and Superscript (sup) and Subscript (sub).
  doc::Inlines inlines;
  int heading = 0;       // 1-6 when it comes from <h1>..<h6>, else 0
  bool centred = false;  // inside align="center" or <center>, as READMEs centre their titles
  // From <pre>: one Code inline holding its lines as written, '\n' between
  // them, for the writers to set as a code block.
  bool preformatted = false;
  // The link targets met in it, or before it since the paragraph before:
  // id= and <a name=> values, and for a heading without an id the GitHub
  // slug of its text, as the EPUB's sanitizer names them. Targets after the
  // last text come alone, in a paragraph with no inlines.
  std::vector<std::string> ids;
};

// The readable content of a raw HTML fragment: parsed leniently (libxml2's
// HTML parser), entities decoded, whitespace collapsed, script/style/comments
// dropped. An <img> of a local file is an Image (its alt text, width and
// height kept, pos given for warnings); a remote one shows "[image: alt]"
// ("[image]" in a link when it has no alt text). Block elements (p, div,
// li, tr, h1...) separate paragraphs; <br> breaks a line inside one, and
// line breaks around a paragraph's text are dropped. Paragraphs with
// neither content nor targets are left out.
std::vector<HtmlParagraph> html_paragraphs(std::string_view html, doc::SourcePos pos = {});

// The value of attribute name on the element an opening tag makes
// ("<a href='?a=1&amp;b=2'>"), parsed as html_paragraphs parses, so
// entity references are decoded; spaces around it trimmed, "" when absent.
std::string html_attribute(std::string_view tag, const char* name);

}  // namespace mdexport
