#include "text/wrap.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "text/display_width.hpp"

namespace mdexport {
namespace {

// The code point a grapheme starts with, or -1 for a malformed one.
utf8proc_int32_t first_code_point(std::string_view grapheme) {
  utf8proc_int32_t cp;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(grapheme.data()),
                       static_cast<utf8proc_ssize_t>(grapheme.size()), &cp) <= 0)
    return -1;
  return cp;
}

enum class Punct { None, Opening, Closing };

// Closing punctuation (。、！」) must not start a line, nor opening
// punctuation (「（) end one: the basic rule of CJK line breaking.
Punct punctuation(utf8proc_int32_t cp) {
  if (cp < 0) return Punct::None;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PI: return Punct::Opening;
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: return Punct::Closing;
    default: return Punct::None;
  }
}

struct Chunk {
  std::string_view text;
  int width;
  bool space_before;  // false: joins the previous chunk without a space
};

// Han, kana and fullwidth forms may break between any two characters;
// Hangul, though wide, is written with spaces and breaks only there.
bool breaks_anywhere(utf8proc_int32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x312F) || (cp >= 0x3190 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

// Splits a space-free token into chunks where CJK text allows a break and
// hands each to add, in order.
template <class Add>
void add_token(std::string_view token, Add&& add) {
  // Printable ASCII, most tokens, is one chunk a column per byte.
  if (std::all_of(token.begin(), token.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
    add(Chunk{token, static_cast<int>(token.size()), true});
    return;
  }
  std::size_t start = 0;
  std::size_t offset = 0;
  int width = 0;
  bool prev_wide = false;
  bool prev_opening = false;
  bool first = true;
  for_each_grapheme(token, [&](std::string_view g, int w) {
    const auto cp = first_code_point(g);
    const bool wide = breaks_anywhere(cp);
    const auto punct = punctuation(cp);
    if (offset > start && (wide || prev_wide) && punct != Punct::Closing && !prev_opening) {
      add(Chunk{token.substr(start, offset - start), width, first});
      first = false;
      start = offset;
      width = 0;
    }
    width += w;
    offset += g.size();
    prev_wide = wide;
    prev_opening = punct == Punct::Opening;
  });
  if (offset > start) add(Chunk{token.substr(start), width, first});
}

// Chunks are placed as they are found, not collected first: a paragraph
// with a million words would otherwise hold a million chunks at once.
void wrap_line(std::string_view text, int width, std::vector<std::string>& lines) {
  std::string line;
  int line_width = 0;
  auto place = [&](const Chunk& chunk) {
    const int gap = (line.empty() || !chunk.space_before) ? 0 : 1;
    if (!line.empty() && line_width + gap + chunk.width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    } else if (gap) {
      line += ' ';
      line_width += 1;
    }
    line += chunk.text;
    line_width += chunk.width;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    auto end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    add_token(text.substr(i, end - i), place);
    i = end;
  }
  lines.push_back(std::move(line));
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, int width) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const auto nl = text.find('\n', start);
    wrap_line(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start), width,
              lines);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

std::vector<std::string> split_to_width(std::string_view token, int width) {
  std::vector<std::string> pieces;
  std::string piece;
  int piece_width = 0;
  for_each_grapheme(token, [&](std::string_view g, int w) {
    if (!piece.empty() && piece_width + w > width) {
      pieces.push_back(std::move(piece));
      piece.clear();
      piece_width = 0;
    }
    piece += g;
    piece_width += w;
  });
  if (!piece.empty() || pieces.empty()) pieces.push_back(std::move(piece));
  return pieces;
}

}  // namespace mdexport
