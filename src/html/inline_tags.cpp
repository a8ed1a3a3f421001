#include "html/inline_tags.hpp"

#include "html/html_text.hpp"

#include <algorithm>
#include <iterator>

namespace mdexport {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool equal_nocase(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower_b[i]) return false;
  return true;
}

// True when s holds "&name;", "&#38;" or "&#x26;": a raw '&' in a URL's
// query ("?a=1&b=2") needs no decoding, and so no libxml2.
bool has_entity_reference(std::string_view s) {
  for (auto at = s.find('&'); at != std::string_view::npos; at = s.find('&', at + 1)) {
    auto end = at + 1;
    while (end < s.size() && (is_letter(s[end]) || (s[end] >= '0' && s[end] <= '9') || s[end] == '#')) ++end;
    if (end > at + 1 && end < s.size() && s[end] == ';') return true;
  }
  return false;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

InlineTag read_inline_tag(std::string_view raw) {
  InlineTag tag;
  if (raw.size() < 3 || raw[0] != '<') return tag;
  std::size_t i = 1;
  if (raw[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= raw.size() || !is_letter(raw[i])) return InlineTag{};
  for (; i < raw.size() && (is_letter(raw[i]) || (raw[i] >= '0' && raw[i] <= '9') || raw[i] == '-'); ++i)
    tag.name += lower(raw[i]);
  return tag;
}

doc::InlineKind style_of_tag(std::string_view name) {
  for (const auto& t : kStyleTags)
    if (t.name == name) return t.kind;
  return doc::InlineKind::Text;
}

std::string inline_tag_attribute(std::string_view raw, std::string_view name) {
  // cmark-gfm only passes well-formed tags: a name, then attributes after
  // whitespace, each a name with an optional value, quoted or not.
  std::size_t i = 1;
  while (i < raw.size() && !is_space(raw[i]) && raw[i] != '>' && raw[i] != '/') ++i;
  while (i < raw.size()) {
    while (i < raw.size() && is_space(raw[i])) ++i;
    const auto start = i;
    while (i < raw.size() && !is_space(raw[i]) && raw[i] != '=' && raw[i] != '>' && raw[i] != '/') ++i;
    if (i == start) break;
    const auto attribute = raw.substr(start, i - start);
    while (i < raw.size() && is_space(raw[i])) ++i;
    std::string_view value;
    if (i < raw.size() && raw[i] == '=') {
      ++i;
      while (i < raw.size() && is_space(raw[i])) ++i;
      if (i < raw.size() && (raw[i] == '"' || raw[i] == '\'')) {
        const auto end = raw.find(raw[i], i + 1);
        if (end == std::string_view::npos) break;
        value = raw.substr(i + 1, end - i - 1);
        i = end + 1;
      } else {
        const auto begin = i;
        while (i < raw.size() && !is_space(raw[i]) && raw[i] != '>') ++i;
        value = raw.substr(begin, i - begin);
      }
    }
    if (!equal_nocase(attribute, name)) continue;
    if (has_entity_reference(value)) return html_attribute(raw, std::string(name).c_str());
    return std::string(trimmed(value));
  }
  return {};
}

bool is_void_tag(std::string_view name) {
  static constexpr std::string_view kVoid[] = {"area", "base", "br",    "col",    "embed", "hr",    "img",
                                               "input", "link", "meta", "param", "source", "track", "wbr"};
  return std::find(std::begin(kVoid), std::end(kVoid), name) != std::end(kVoid);
}

}  // namespace mdexport
