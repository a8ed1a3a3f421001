#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "formats/pdf/font_fallback.hpp"
#include "formats/pdf/font_files.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/hpdf_doc.hpp"

namespace mdexport::pdf {

// The document's fonts inside libharu: each face is loaded (and embedded as a
// subset) on first use, with a corrected ToUnicode map. Characters a face has
// no glyph for are drawn (and measured) in a fallback font that has one.
// Also the metrics the layout measures with, cached per code point.
class PdfFonts : public FontMetrics {
 public:
  // REQUIRES: doc outlives this object and has UTF encodings enabled.
  PdfFonts(HpdfDoc& doc, FontFiles files);

  // The libharu font for face; throws Error when the file cannot be loaded.
  HPDF_Font font(int face) const;
  // The font that draws cp in face: the face's own, or the first fallback
  // with a glyph for it (the face's own when no installed font has one).
  HPDF_Font font_for(int face, char32_t cp) const;
  double advance(int face, char32_t cp) const override;
  // Makes the embedded subsets whole (keep_composite_parts). Call once all
  // text is drawn, before saving.
  void finish() const;
  // The font files loaded so far, for --depfile.
  std::vector<std::string> loaded_files() const;

 private:
  HPDF_Font load(const FontSource& source) const;  // nullptr when libharu cannot
  std::uint8_t pick(int face, char32_t cp) const;

  HpdfDoc& doc_;
  FontFiles files_;
  mutable std::array<HPDF_Font, kFaceCount> fonts_{};
  // Advances of the Basic Multilingual Plane per face; -1 = not looked up.
  mutable std::array<std::vector<std::int16_t>, kFaceCount> advances_;
  // Which font draws each code point per face: 0 = not looked up, 1 = the
  // face's own, 2 + i = fallbacks_[i].
  mutable std::array<std::vector<std::uint8_t>, kFaceCount> picks_;
  mutable FontCoverage coverage_;
  mutable std::vector<HPDF_Font> fallbacks_;
  mutable std::map<FontSource, std::size_t> fallback_index_;
  mutable std::vector<FontSource> broken_;  // fallbacks libharu could not load
  // libharu registers each font once, under the name it returns.
  mutable std::map<FontSource, std::string> loaded_;
  mutable std::vector<HPDF_Font> used_;  // every font handed out, once
};

}  // namespace mdexport::pdf
