#include "markdown/html_depth.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "html/inline_tags.hpp"

namespace mdexport {

void HtmlDepth::feed(std::string_view html) {
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.substr(i).starts_with("<!--")) {
      i = html.find("-->", i);
      if (i == std::string_view::npos) return;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t start = i + (closing ? 2 : 1);
    if (start >= html.size() || !std::isalpha(static_cast<unsigned char>(html[start]))) continue;
    std::size_t end = start;
    std::string name;
    while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '-'))
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[end++])));
    const auto close = html.find('>', end);
    const bool self_closing = close != std::string_view::npos && close > 0 && html[close - 1] == '/';
    if (closing) {
      depth_ = std::max(0, depth_ - 1);
    } else if (!is_void_tag(name) && !self_closing) {
      deepest_ = std::max(deepest_, ++depth_);
    }
    if (close == std::string_view::npos) return;
    i = close;
  }
}

}  // namespace mdexport
