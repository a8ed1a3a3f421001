#pragma once
#include <set>
#include <string>
#include <string_view>

namespace mdexport {

// Adds the link targets raw HTML defines to ids: id= and name= attribute
// values, and the GitHub slug of each <h1>..<h6> heading's text (GitHub
// gives raw headings ids too). A fast scan, not a parser: it only decides
// whether a "#target" link deserves a warning.
void collect_html_anchors(std::string_view html, std::set<std::string>& ids);

}  // namespace mdexport
