#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mdexport {

// The readable text of a raw HTML fragment, for writers that drop markup:
// parsed leniently (libxml2's HTML parser), entities decoded, whitespace
// collapsed, script/style/comments dropped, <img> shown as "[image: alt]".
// Block elements (p, div, li, tr, h1...) separate paragraphs; <br> becomes
// '\n' inside a paragraph. Empty paragraphs are left out.
std::vector<std::string> html_paragraphs(std::string_view html);

}  // namespace mdexport
