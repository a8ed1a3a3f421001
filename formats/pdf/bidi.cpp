#include "formats/pdf/bidi.hpp"

#include <fribidi.h>
#include <utf8proc.h>

#include <algorithm>
#include <limits>

#include "formats/pdf/font_metrics.hpp"
#include "text/display_width.hpp"

namespace mdexport::pdf {
namespace {

// Right-to-left scripts and controls: Hebrew to the Arabic extensions, their
// presentation forms, RLM and the RTL embeddings and isolates.
bool rtl_char(char32_t cp) {
  return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF) ||
         cp == 0x200F || cp == 0x202B || cp == 0x202E || cp == 0x2067;
}

bool has_rtl(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // Everything from U+0590 on starts with a byte of 0xD6 or more.
    if (static_cast<unsigned char>(text[i]) < 0xD6) {
      ++i;
      continue;
    }
    if (rtl_char(next_code_point(text, i))) return true;
  }
  return false;
}

bool has_arabic(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0xD8) {
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(text, i);
    if (cp >= 0x0600 && cp <= 0x08FF) return true;
  }
  return false;
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) out += next_code_point(text, i);
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// Text read right to left, drawn left to right: graphemes in reverse order
// (marks stay after their base), mirrored brackets.
std::string reversed(std::string_view text) {
  std::vector<std::string_view> graphemes;
  while (!text.empty()) {
    const auto n = std::max<std::size_t>(1, next_grapheme_length(text));
    graphemes.push_back(text.substr(0, n));
    text.remove_prefix(n);
  }
  std::string out;
  for (auto g = graphemes.rbegin(); g != graphemes.rend(); ++g) {
    for (std::size_t i = 0; i < g->size();) {
      char32_t cp = next_code_point(*g, i);
      FriBidiChar mirrored;
      if (fribidi_get_mirror_char(cp, &mirrored)) cp = mirrored;
      append_utf8(out, cp);
    }
  }
  return out;
}

// A piece of a line at one embedding level: text of one run, or a gap.
struct Cell {
  std::size_t run = 0;
  std::string text;  // empty for a gap
  double width = 0;
  FriBidiLevel level = 0;
};

// The bidi types and embedding levels of str (UAX #9, brackets included)
// for a paragraph of direction base.
struct BidiLevels {
  std::vector<FriBidiCharType> types;
  std::vector<FriBidiLevel> levels;

  bool resolve(const std::u32string& str, FriBidiParType base) {
    const auto len = static_cast<FriBidiStrIndex>(str.size());
    const auto* chars = reinterpret_cast<const FriBidiChar*>(str.data());
    types.resize(str.size());
    levels.resize(str.size());
    std::vector<FriBidiBracketType> brackets(str.size());
    fribidi_get_bidi_types(chars, len, types.data());
    fribidi_get_bracket_types(chars, len, types.data(), brackets.data());
    return fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &base, levels.data()) != 0;
  }
};

}  // namespace

std::string shape_arabic(std::string_view text) {
  if (!has_arabic(text)) return std::string(text);
  auto str = decode(text);
  BidiLevels bidi;
  if (!bidi.resolve(str, FRIBIDI_PAR_ON)) return std::string(text);
  auto& types = bidi.types;
  auto& levels = bidi.levels;
  const auto len = static_cast<FriBidiStrIndex>(str.size());
  std::vector<FriBidiArabicProp> props(str.size());
  const auto* chars = reinterpret_cast<const FriBidiChar*>(str.data());
  fribidi_get_joining_types(chars, len, props.data());
  fribidi_join_arabic(types.data(), len, levels.data(), props.data());
  const auto logical = str;
  // Lam followed by alef is written as one letter (U+FEF5..U+FEFC), which
  // Arabic readers expect: FriBidi puts the ligature where the alef was and
  // a filler (U+FEFF) where the lam was, dropped below.
  fribidi_shape(FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA, levels.data(), len, props.data(),
                reinterpret_cast<FriBidiChar*>(str.data()));
  std::string out;
  for (std::size_t i = 0; i < str.size(); ++i)
    if (str[i] != 0xFEFF || logical[i] == 0xFEFF) append_utf8(out, str[i]);
  return out;
}

bool rtl_paragraph(const std::vector<Run>& runs) {
  for (const auto& r : runs)
    for (std::size_t i = 0; i < r.text.size();) {
      const auto type = fribidi_get_bidi_type(next_code_point(r.text, i));
      if (FRIBIDI_IS_STRONG(type) && FRIBIDI_IS_LETTER(type)) return FRIBIDI_IS_RTL(type);
    }
  return false;
}

void reorder_line(Line& line, const std::vector<Run>& runs, bool rtl_base, const Measure& measure) {
  if (!rtl_base && std::none_of(line.fragments.begin(), line.fragments.end(),
                                [](const Fragment& f) { return has_rtl(f.text); }))
    return;
  // Levels of the whole line, resolved by FriBidi.
  std::u32string str;
  for (const auto& f : line.fragments) str += decode(f.text);
  BidiLevels bidi;
  if (!bidi.resolve(str, rtl_base ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR)) return;
  const auto& levels = bidi.levels;

  // Cells in logical order: each fragment cut where the level changes, and
  // the gaps between fragments at the lower level of their neighbours.
  std::vector<Cell> cells;
  std::size_t k = 0;  // code point index into str
  double end = 0;     // where the previous fragment ended
  for (const auto& f : line.fragments) {
    const auto& style = runs[f.run].style;
    if (!f.text.empty() && f.x > end + 1e-9 && !cells.empty()) cells.push_back({f.run, "", f.x - end, 0});
    const std::string_view t = f.text;
    for (std::size_t i = 0; i < t.size();) {
      const auto start = i;
      const auto level = levels[k];
      while (i < t.size() && levels[k] == level) {
        next_code_point(t, i);
        ++k;
      }
      const auto piece = t.substr(start, i - start);
      cells.push_back({f.run, std::string(piece), measure(style, piece), level});
    }
    end = f.x + f.width;
  }
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (cells[i].text.empty()) cells[i].level = std::min(cells[i - 1].level, cells[i + 1].level);

  // UAX #9 rule L2: from the highest level down to the lowest odd one,
  // reverse every stretch at that level or above.
  int highest = 0, lowest_odd = std::numeric_limits<int>::max();
  for (const auto& c : cells) {
    highest = std::max<int>(highest, c.level);
    if (c.level & 1) lowest_odd = std::min<int>(lowest_odd, c.level);
  }
  for (int level = highest; level >= lowest_odd && level > 0; --level)
    for (std::size_t i = 0; i < cells.size();) {
      if (cells[i].level < level) {
        ++i;
        continue;
      }
      auto j = i;
      while (j < cells.size() && cells[j].level >= level) ++j;
      std::reverse(cells.begin() + static_cast<std::ptrdiff_t>(i), cells.begin() + static_cast<std::ptrdiff_t>(j));
      i = j;
    }

  const double start = line.fragments.empty() ? 0 : line.fragments.front().x;
  std::vector<Fragment> visual;
  double x = start;
  for (auto& c : cells) {
    if (!c.text.empty())
      visual.push_back(Fragment{c.run, (c.level & 1) ? reversed(c.text) : std::move(c.text), x, c.width});
    x += c.width;
  }
  line.fragments = std::move(visual);
}

}  // namespace mdexport::pdf
