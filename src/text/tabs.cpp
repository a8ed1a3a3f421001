#include "text/tabs.hpp"

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
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    }
  }
  return out;
}

}  // namespace mdexport
