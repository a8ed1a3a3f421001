#include "formats/pdf/to_unicode.hpp"

#include <utf8proc.h>

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "formats/pdf/text_string.hpp"

namespace mdexport::pdf {
namespace {

bool arabic_presentation_form(char32_t cp) { return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF); }

void append_utf16(char32_t cp, std::string& hex) {
  char buf[16];
  const auto [first, second] = utf16_units(cp);
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(first));
  hex += buf;
  if (!second) return;
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(second));
  hex += buf;
}

// What a glyph drawn for cp reads as, in UTF-16BE hex.
std::string reads_as(char32_t cp) {
  std::string hex;
  if (arabic_presentation_form(cp)) {
    // NFKC, composed again: U+FE83 is U+0623, not alef and a loose hamza.
    utf8proc_uint8_t in[5] = {};
    in[utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), in)] = 0;
    utf8proc_uint8_t* nfkc = utf8proc_NFKC(in);
    for (utf8proc_ssize_t i = 0; nfkc && nfkc[i];) {
      utf8proc_int32_t c = 0;
      const auto n = utf8proc_iterate(nfkc + i, -1, &c);
      if (n <= 0) break;
      append_utf16(static_cast<char32_t>(c), hex);
      i += n;
    }
    std::free(nfkc);
    // Lam-alef (U+FEF5..U+FEFC) is two letters in one right-to-left glyph.
    // poppler (pdftotext, Evince, Okular) reverses a glyph's letters along
    // with the run, so they are given in visual order to come out in
    // reading order: lam-alef, not alef-lam.
    if (cp >= 0xFEF5 && cp <= 0xFEFC && hex.size() == 8) hex = hex.substr(4) + hex.substr(0, 4);
  }
  if (hex.empty()) append_utf16(cp, hex);
  return hex;
}

}  // namespace

std::string to_unicode_cmap(const std::map<std::uint16_t, char32_t>& glyphs) {
  // At most 100 entries per bfchar block (PDF 32000-1, 9.10.3). Glyph 0
  // (.notdef) reads as nothing, so it is left out.
  std::vector<std::string> entries;
  for (const auto& [glyph, cp] : glyphs) {
    if (glyph == 0) continue;
    char code[16];
    std::snprintf(code, sizeof code, "<%04X> <", glyph);
    entries.push_back(code + reads_as(cp) + ">\n");
  }
  std::string blocks;
  for (std::size_t i = 0; i < entries.size(); i += 100) {
    const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
    blocks += std::to_string(n) + " beginbfchar\n";
    for (std::size_t j = i; j < i + n; ++j) blocks += entries[j];
    blocks += "endbfchar\n";
  }
  return "/CIDInit /ProcSet findresource begin\n"
         "12 dict begin\n"
         "begincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def\n"
         "/CMapType 2 def\n"
         "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
         blocks +
         "endcmap\n"
         "CMapName currentdict /CMap defineresource pop\n"
         "end\n"
         "end\n";
}

}  // namespace mdexport::pdf
