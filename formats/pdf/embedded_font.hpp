#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <hpdf.h>

#include "formats/pdf/bmp_table.hpp"
#include "formats/pdf/font_face.hpp"

namespace mdexport::pdf {

// One font of one PDF document, embedded our way rather than libharu's:
// a Type0 font with Identity-H encoding whose codes are the TrueType glyph
// numbers. That draws any glyph the font has (beyond U+FFFF too), and the
// subset HarfBuzz makes holds only the glyphs drawn and the tables a PDF
// viewer reads. libharu 2.3.0 instead maps all 65,536 BMP code points per
// font when it loads it and embeds every table but glyf whole.
class EmbeddedFont {
 public:
  // Creates the font's dictionary in doc, so pages can refer to it; its
  // glyphs are written by finish().
  EmbeddedFont(HPDF_Doc doc, std::shared_ptr<const FontFace> face);

  // The font dictionary, for a page's resources.
  HPDF_Dict dict() const { return dict_; }
  const FontFace& face() const { return *face_; }
  // Appends to codes the bytes of a PDF literal string, without its
  // parentheses, that draw cp; records the glyph for the subset and for the
  // text cp reads as when copied.
  void encode(char32_t cp, std::string& codes);
  // Writes the subset, the widths and the ToUnicode map. Call once, after
  // the last text is drawn. Returns false when HarfBuzz or libharu fails.
  bool finish();

 private:
  HPDF_Doc doc_;
  std::shared_ptr<const FontFace> face_;
  HPDF_Dict dict_;
  std::map<std::uint16_t, char32_t> used_;  // glyph -> the first code point drawn with it
  // The glyph of each code point of the Basic Multilingual Plane drawn so
  // far (kUnknown: not yet): a book draws millions of glyphs, a few hundred
  // distinct, and the cmap and used_ lookups were 8% of its time. No font
  // has a glyph 0xFFFF: glyph counts stop at 65535.
  static constexpr char32_t kBmpSize = 0x10000;
  static constexpr std::uint16_t kUnknown = 0xFFFF;
  BmpTable<std::uint16_t, kUnknown> bmp_glyphs_;
};

}  // namespace mdexport::pdf
