#include "markdown/heading_ids.hpp"

#include <utf8proc.h>

namespace mdexport {

std::string github_slug(std::string_view text) {
  std::string slug;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    // ASCII without utf8proc: letters, digits, '_' and '-' are the word
    // characters there, and headings are mostly ASCII.
    if (const char c = static_cast<char>(*p); (*p & 0x80) == 0) {
      ++p;
      --left;
      if (c == ' ') slug += '-';
      else if (c >= 'A' && c <= 'Z') slug += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') slug += c;
      continue;
    }
    utf8proc_int32_t cp;
    auto len = utf8proc_iterate(p, left, &cp);
    if (len <= 0) {  // cannot happen after normalize_input; skip the byte
      ++p;
      --left;
      continue;
    }
    p += len;
    left -= len;
    if (cp == ' ') {
      slug += '-';
      continue;
    }
    // GitHub keeps word characters (letters, marks, digits, '_') and '-'.
    const auto cat = utf8proc_category(cp);
    const bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO) ||
                      cat == UTF8PROC_CATEGORY_PC || cp == '-';
    if (!word) continue;
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    slug.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return slug;
}

std::string HeadingIds::make(std::string_view heading_text) {
  std::string base = github_slug(heading_text);
  if (base.empty()) base = "section";
  std::string id = base;
  int& count = seen_[base];
  while (count > 0 && seen_.contains(id = base + "-" + std::to_string(count))) ++count;
  if (count > 0) seen_[id] = 1;
  ++count;
  return id;
}

}  // namespace mdexport
