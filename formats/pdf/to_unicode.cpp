#include "formats/pdf/to_unicode.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>

namespace mdexport::pdf {

namespace {

bool arabic_presentation_form(int cp) { return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF); }

// What a code reads as: itself, or for an Arabic presentation form (which
// shape_arabic draws) the letters it stands for, as UTF-16BE hex.
std::string reads_as(int cp) {
  char buf[8];
  if (!arabic_presentation_form(cp)) {
    std::snprintf(buf, sizeof buf, "%04X", cp);
    return buf;
  }
  // NFKC, composed again: U+FE83 is U+0623, not alef and a loose hamza.
  utf8proc_uint8_t in[5] = {};
  in[utf8proc_encode_char(cp, in)] = 0;
  utf8proc_uint8_t* nfkc = utf8proc_NFKC(in);
  std::string hex;
  for (utf8proc_ssize_t i = 0; nfkc && nfkc[i];) {
    utf8proc_int32_t c = 0;
    const auto n = utf8proc_iterate(nfkc + i, -1, &c);
    if (n <= 0 || c > 0xFFFF) break;  // all in the BMP
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
    hex += buf;
    i += n;
  }
  std::free(nfkc);
  if (hex.empty()) std::snprintf(buf, sizeof buf, "%04X", cp), hex = buf;
  return hex;
}

}  // namespace

std::string identity_to_unicode_cmap() {
  // A bfrange may only vary in its last byte, so one range per high byte;
  // at most 100 entries per block (PDF 32000-1, 9.10.3). U+FB00..U+FEFF,
  // where the Arabic presentation forms are, get one bfchar per code.
  std::string ranges;
  int in_block = 0;
  std::string block;
  std::string chars;
  int in_chars = 0;
  std::string char_block;
  for (int cp = 0xFB00; cp <= 0xFEFF; ++cp) {
    char line[16];
    std::snprintf(line, sizeof line, "<%04X> <", cp);
    char_block += line + reads_as(cp) + ">\n";
    if (++in_chars == 100 || cp == 0xFEFF) {
      chars += std::to_string(in_chars) + " beginbfchar\n" + char_block + "endbfchar\n";
      char_block.clear();
      in_chars = 0;
    }
  }
  for (int hi = 0; hi <= 0xFF; ++hi) {
    if (hi >= 0xD8 && hi <= 0xDF) continue;  // surrogates are not characters
    if (hi >= 0xFB && hi <= 0xFE) continue;  // in chars
    char line[32];
    std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi);
    block += line;
    if (++in_block == 100 || hi == 0xFF) {
      ranges += std::to_string(in_block) + " beginbfrange\n" + block + "endbfrange\n";
      block.clear();
      in_block = 0;
    }
  }
  return "/CIDInit /ProcSet findresource begin\n"
         "12 dict begin\n"
         "begincmap\n"
         "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
         "/CMapName /Adobe-Identity-UCS def\n"
         "/CMapType 2 def\n"
         "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
         ranges + chars +
         "endcmap\n"
         "CMapName currentdict /CMap defineresource pop\n"
         "end\n"
         "end\n";
}

bool fix_to_unicode(HPDF_Font font) {
  auto* cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (!cmap || !cmap->stream) return false;
  static const std::string kCMap = identity_to_unicode_cmap();
  HPDF_MemStream_FreeData(cmap->stream);
  // These keys describe an encoding CMap; a ToUnicode stream has none.
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(cmap, key);
  return HPDF_Stream_Write(cmap->stream, reinterpret_cast<const HPDF_BYTE*>(kCMap.data()),
                           static_cast<HPDF_UINT>(kCMap.size())) == HPDF_OK;
}

}  // namespace mdexport::pdf
