#include "formats/pdf/embedded_font.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <hb-subset.h>
#include <hb.h>

#include <vector>

#include "formats/pdf/flate_stream.hpp"
#include "formats/pdf/to_unicode.hpp"

namespace mdexport::pdf {
namespace {

// Tables a PDF viewer never reads from an embedded TrueType font: layout
// (the glyphs are already chosen), vertical metrics, device tables.
constexpr const char* kDroppedTables[] = {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx",
                                          "vhea", "vmtx", "VORG", "hdmx", "VDMX", "LTSH", "gasp", "STAT"};

HPDF_Dict new_indirect_dict(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  if (dict && HPDF_Xref_Add(doc->xref, dict) != HPDF_OK) return nullptr;  // Xref_Add frees it
  return dict;
}

// The six capital letters a subset's name starts with (PDF 32000-1, 9.6.4),
// from what it holds, so the same document gives the same bytes.
std::string subset_tag(const std::string& name, const std::map<std::uint16_t, char32_t>& used) {
  std::uint32_t h = 2166136261u;
  const auto mix = [&h](std::uint32_t v) { h = (h ^ v) * 16777619u; };
  for (char c : name) mix(static_cast<unsigned char>(c));
  for (const auto& [glyph, cp] : used) mix(glyph);
  std::string tag;
  for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
  return tag;
}

// The glyph widths as runs of consecutive glyphs: [first [w w ...] ...].
HPDF_Array widths(HPDF_Doc doc, const FontFace& face, const std::map<std::uint16_t, char32_t>& used) {
  HPDF_Array w = HPDF_Array_New(doc->mmgr);
  HPDF_Array run = nullptr;
  int next = -1;
  for (const auto& [glyph, cp] : used) {
    if (glyph != next) {
      HPDF_Array_AddNumber(w, glyph);
      run = HPDF_Array_New(doc->mmgr);
      HPDF_Array_Add(w, run);
    }
    HPDF_Array_AddNumber(run, face.advance(glyph));
    next = glyph + 1;
  }
  return w;
}

// The subset, glyph numbers unchanged so the codes already drawn stay valid.
hb_blob_t* subset(const FontFace& face, const std::map<std::uint16_t, char32_t>& used) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return nullptr;
  // Every glyph drawn is the font's glyph for a code point: named by those,
  // HarfBuzz looks up just them instead of walking the whole cmap (a
  // quarter of a README's time with a CJK font among the fallbacks).
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (const auto& [glyph, cp] : used)
    if (glyph != 0) hb_set_add(unicodes, cp);
  hb_set_t* dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* t : kDroppedTables) hb_set_add(dropped, HB_TAG(t[0], t[1], t[2], t[3]));
  // Hinting is for screens at small sizes; PDF viewers scale outlines.
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
  hb_face_t* result = hb_subset_or_fail(face.face(), input);
  hb_subset_input_destroy(input);
  if (!result) return nullptr;
  hb_blob_t* blob = hb_face_reference_blob(result);
  hb_face_destroy(result);
  return blob;
}

}  // namespace

EmbeddedFont::EmbeddedFont(HPDF_Doc doc, std::shared_ptr<const FontFace> face)
    : doc_(doc), face_(std::move(face)), dict_(new_indirect_dict(doc)) {
  if (!dict_) return;
  HPDF_Dict_AddName(dict_, "Type", "Font");
  HPDF_Dict_AddName(dict_, "Subtype", "Type0");
  HPDF_Dict_AddName(dict_, "Encoding", "Identity-H");
}

void EmbeddedFont::encode(char32_t cp, std::string& codes) {
  std::uint16_t g = cp < kBmpSize ? bmp_glyphs_.get(cp) : kUnknown;
  if (g == kUnknown) {
    g = face_->glyph(cp);
    used_.try_emplace(g, cp);
    if (cp < kBmpSize) bmp_glyphs_.at(cp) = g;
  }
  for (const unsigned char byte : {static_cast<unsigned char>(g >> 8), static_cast<unsigned char>(g & 0xFF)}) {
    // A literal string keeps every byte but these: parentheses and the
    // backslash would end or escape it, and a bare CR would be read as LF.
    if (byte == '(' || byte == ')' || byte == '\\') codes += '\\';
    if (byte == '\r') {
      codes += "\\r";
      continue;
    }
    codes += static_cast<char>(byte);
  }
}

bool EmbeddedFont::finish() {
  if (!dict_) return false;
  used_.emplace(0, 0);  // .notdef is in every subset
  hb_blob_t* blob = subset(*face_, used_);
  if (!blob) return false;
  unsigned size = 0;
  const char* data = hb_blob_get_data(blob, &size);
  HPDF_Dict file = new_flate_stream(doc_, data, size);
  hb_blob_destroy(blob);
  if (!file) return false;
  HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(size));

  const auto& d = face_->descriptor();
  const std::string name = subset_tag(face_->postscript_name(), used_) + "+" + face_->postscript_name();
  HPDF_Dict descriptor = new_indirect_dict(doc_);
  HPDF_Dict cid_font = new_indirect_dict(doc_);
  const std::string cmap = to_unicode_cmap(used_);
  HPDF_Dict to_unicode = new_flate_stream(doc_, cmap.data(), cmap.size());
  HPDF_Dict system_info = HPDF_Dict_New(doc_->mmgr);
  HPDF_Array bbox = HPDF_Array_New(doc_->mmgr);
  HPDF_Array descendants = HPDF_Array_New(doc_->mmgr);
  if (!descriptor || !cid_font || !to_unicode || !system_info || !bbox || !descendants) return false;

  HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  HPDF_Dict_AddName(descriptor, "FontName", name.c_str());
  // Symbolic (its glyphs are named by number), italic, fixed pitch.
  HPDF_Dict_AddNumber(descriptor, "Flags", 4 | (d.italic_angle != 0 ? 64 : 0) | (d.fixed_pitch ? 1 : 0));
  for (int v : d.bbox) HPDF_Array_AddNumber(bbox, v);
  HPDF_Dict_Add(descriptor, "FontBBox", bbox);
  HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(d.italic_angle));
  HPDF_Dict_AddNumber(descriptor, "Ascent", d.ascent);
  HPDF_Dict_AddNumber(descriptor, "Descent", d.descent);
  HPDF_Dict_AddNumber(descriptor, "CapHeight", d.cap_height);
  HPDF_Dict_AddNumber(descriptor, "StemV", 80);  // TrueType fonts do not say; a common stand-in
  HPDF_Dict_Add(descriptor, "FontFile2", file);

  HPDF_Dict_Add(system_info, "Registry", HPDF_String_New(doc_->mmgr, "Adobe", nullptr));
  HPDF_Dict_Add(system_info, "Ordering", HPDF_String_New(doc_->mmgr, "Identity", nullptr));
  HPDF_Dict_AddNumber(system_info, "Supplement", 0);

  HPDF_Dict_AddName(cid_font, "Type", "Font");
  HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2");
  HPDF_Dict_AddName(cid_font, "BaseFont", name.c_str());
  HPDF_Dict_Add(cid_font, "CIDSystemInfo", system_info);
  HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor);
  HPDF_Dict_Add(cid_font, "W", widths(doc_, *face_, used_));
  HPDF_Dict_AddName(cid_font, "CIDToGIDMap", "Identity");

  HPDF_Dict_AddName(dict_, "BaseFont", name.c_str());
  HPDF_Array_Add(descendants, cid_font);
  HPDF_Dict_Add(dict_, "DescendantFonts", descendants);
  HPDF_Dict_Add(dict_, "ToUnicode", to_unicode);
  return HPDF_GetError(doc_) == HPDF_OK;
}

}  // namespace mdexport::pdf
