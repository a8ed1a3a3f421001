#include "html/html_tags.hpp"

namespace mdexport {

bool is_br_tag(std::string_view tag) {
  if (tag.size() < 4 || tag[0] != '<') return false;
  const char b = tag[1], r = tag[2];
  if ((b != 'b' && b != 'B') || (r != 'r' && r != 'R')) return false;
  const char after = tag[3];
  return after == '>' || after == '/' || after == ' ' || after == '\t' || after == '\n';
}

}  // namespace mdexport
