#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mdexport {

// One paragraph of a raw HTML fragment's readable text.
struct HtmlParagraph {
  std::string text;
  int heading = 0;       // 1-6 when it comes from <h1>..<h6>, else 0
  bool centred = false;  // inside align="center" or <center>, as READMEs centre their titles
  // The link targets met in it, or before it since the paragraph before:
  // id= and <a name=> values, and for a heading without an id the GitHub
  // slug of its text, as the EPUB's sanitizer names them. Targets after the
  // last text come alone, in a paragraph with no text.
  std::vector<std::string> ids;

  bool operator==(const HtmlParagraph&) const = default;
};

// The readable text of a raw HTML fragment, for writers that drop markup:
// parsed leniently (libxml2's HTML parser), entities decoded, whitespace
// collapsed, script/style/comments dropped, <img> shown as "[image: alt]".
// Block elements (p, div, li, tr, h1...) separate paragraphs; <br> becomes
// '\n' inside a paragraph. Paragraphs with neither text nor targets are left out.
std::vector<HtmlParagraph> html_paragraphs(std::string_view html);

}  // namespace mdexport
