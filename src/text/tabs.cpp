#include "text/tabs.hpp"

#include "text/utf8.hpp"

namespace mdexport {

std::string expand_tabs(std::string_view line) {
  std::string out;
  int column = 0;
  for (char c : line) {
    if (c == '\t') {
      const int spaces = 4 - column % 4;
      out.append(static_cast<std::size_t>(spaces), ' ');
      column += spaces;
    } else {
      out += c;
      if (!is_utf8_continuation(c)) ++column;
    }
  }
  return out;
}

}  // namespace mdexport
