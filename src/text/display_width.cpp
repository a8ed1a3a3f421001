#include "text/display_width.hpp"

#include <utf8proc.h>

namespace mdexport {
namespace {

// Decodes one code point; invalid bytes count as one U+FFFD-like unit.
utf8proc_int32_t decode(std::string_view text, std::size_t& len) {
  utf8proc_int32_t cp;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                  static_cast<utf8proc_ssize_t>(text.size()), &cp);
  if (n <= 0) {
    len = 1;
    return 0xFFFD;
  }
  len = static_cast<std::size_t>(n);
  return cp;
}

}  // namespace

std::size_t next_grapheme_length(std::string_view text) {
  std::size_t len = 0;
  std::size_t n;
  utf8proc_int32_t prev = decode(text, n);
  len += n;
  utf8proc_int32_t state = 0;
  while (len < text.size()) {
    const utf8proc_int32_t cp = decode(text.substr(len), n);
    if (utf8proc_grapheme_break_stateful(prev, cp, &state)) break;
    len += n;
    prev = cp;
  }
  return len;
}

int grapheme_width(std::string_view grapheme) {
  std::size_t n;
  int width = 0;
  bool first = true;
  while (!grapheme.empty()) {
    const auto cp = decode(grapheme, n);
    grapheme.remove_prefix(n);
    // The cluster is as wide as its base; VS16 asks for emoji presentation.
    if (first) width = utf8proc_charwidth(cp);
    else if (cp == 0xFE0F && width == 1) width = 2;
    else if (width == 0) width = utf8proc_charwidth(cp);
    first = false;
  }
  return width;
}

int display_width(std::string_view text) {
  int width = 0;
  // ASCII fast path: one column per byte.
  std::size_t i = 0;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 && text[i] >= 0x20) ++i;
  if (i == text.size()) return static_cast<int>(i);
  for_each_grapheme(text, [&](std::string_view, int w) { width += w; });
  return width;
}

}  // namespace mdexport
