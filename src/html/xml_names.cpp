#include "html/xml_names.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace mdexport {
namespace {

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Decodes the UTF-8 sequence at s[i], advancing i; invalid bytes decode as
// themselves so that nothing loops.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const int len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
  if (b0 < 0x80 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return b0;
  }
  char32_t cp = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

}  // namespace

std::string xml_text(std::string_view text) {
  if (is_xml_text(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

bool is_xml_text(std::string_view text) {
  // Eight bytes at a time while none is below 0x20 or 0xEF (the lead byte
  // of U+FFFE/U+FFFF); eight bytes that hold one are looked at one by one,
  // and then the fast walk goes on (code is full of line ends).
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighs = 0x8080808080808080;
  std::size_t i = 0;
  while (i < text.size()) {
    for (; i + 8 <= text.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      const std::uint64_t ef = w ^ (kOnes * 0xEF);
      if (((w - kOnes * 0x20) & ~w & kHighs) | ((ef - kOnes) & ~ef & kHighs)) break;
    }
    for (const std::size_t end = std::min(text.size(), i + 8); i < end; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
      if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
          (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
        return false;
    }
  }
  return true;
}

std::string xml_id(std::string_view wanted) {
  std::string id;
  for (std::size_t i = 0; i < wanted.size();) {
    const char c = wanted[i];
    if (ascii_letter(c) || ascii_digit(c) || c == '-' || c == '_' || c == '.') {
      id += c;
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(wanted, i);
    char hex[16];
    std::snprintf(hex, sizeof hex, "u%04X", static_cast<unsigned>(cp));
    id += hex;
  }
  if (id.empty() || !(ascii_letter(id[0]) || id[0] == '_')) id.insert(0, "x-");
  return id;
}

void append_escaped(std::string_view text, std::string& out) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c; break;
    }
  }
}

void append_text(pugi::xml_node parent, std::string_view text) {
  auto node = parent.append_child(pugi::node_pcdata);
  // Most text is already clean and goes in without a filtered copy.
  if (is_xml_text(text)) node.set_value(text.data(), text.size());
  else node.set_value(xml_text(text).c_str());
}

}  // namespace mdexport
