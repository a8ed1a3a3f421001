#include "formats/pdf/font_metrics.hpp"

#include <utf8proc.h>

namespace mdexport::pdf {

char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  utf8proc_int32_t cp;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                  static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

double FontMetrics::width(int face, double size, std::string_view text) const {
  double units = 0;
  for (std::size_t i = 0; i < text.size();) units += advance(face, next_code_point(text, i));
  return units * size / 1000.0;
}

std::string drawable_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    // Printable ASCII, most of any text, is copied a stretch at a time.
    std::size_t plain = i;
    while (plain < text.size() && text[plain] >= 0x20 && text[plain] < 0x7F) ++plain;
    out.append(text.substr(i, plain - i));
    if (plain == text.size()) break;
    i = plain;
    const auto start = i;
    const char32_t cp = next_code_point(text, i);
    if (cp == '\t' || cp == '\n' || cp == '\r') out += ' ';
    else if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFD)
      out += "\xEF\xBF\xBD";
    else out.append(text.substr(start, i - start));
  }
  return out;
}

}  // namespace mdexport::pdf
