#include "markdown/input_text.hpp"

#include <utf8proc.h>

namespace mdexport {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
// A binary file would otherwise produce one warning per byte.
constexpr int kMaxWarnings = 10;

}  // namespace

std::string normalize_input(std::string_view bytes, Diagnostics& diag) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string out;
  out.reserve(bytes.size());
  int line = 1;
  int column = 1;
  int bad = 0;
  auto report = [&](const char* what) {
    if (++bad <= kMaxWarnings) diag.warn({line, column}, std::string(what) + " replaced by U+FFFD");
  };
  std::size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\r' || c == '\n') {
      out += '\n';
      i += (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      ++line;
      column = 1;
      continue;
    }
    if (c == 0) {
      report("NUL byte");
      out += kReplacement;
      ++i;
      ++column;
      continue;
    }
    if (c < 0x80) {
      // Copy the whole run of plain ASCII at once: the common case.
      std::size_t end = i + 1;
      while (end < bytes.size()) {
        const unsigned char d = static_cast<unsigned char>(bytes[end]);
        if (d >= 0x80 || d == 0 || d == '\r' || d == '\n') break;
        ++end;
      }
      out.append(bytes.substr(i, end - i));
      column += static_cast<int>(end - i);
      i = end;
      continue;
    }
    utf8proc_int32_t cp;
    const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                                      static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
    if (len < 0) {
      report("invalid UTF-8 byte");
      out += kReplacement;
      ++i;
      ++column;
      continue;
    }
    out.append(bytes.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
    column += static_cast<int>(len);
  }
  if (bad > kMaxWarnings)
    diag.warn({}, std::to_string(bad - kMaxWarnings) + " more invalid bytes replaced by U+FFFD");
  return out;
}

bool is_normal_input(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return false;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\r' || c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                                      static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
    if (len < 0) return false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

}  // namespace mdexport
