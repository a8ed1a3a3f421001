#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "formats/pdf/bmp_table.hpp"
#include "formats/pdf/embedded_font.hpp"
#include "formats/pdf/font_fallback.hpp"
#include "formats/pdf/font_files.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/hpdf_doc.hpp"

namespace mdexport::pdf {

// The document's fonts: each font is opened on first use and embedded as a
// subset when the document is finished. Characters a face has no glyph for
// are drawn (and measured) in a fallback font that has one. Also the
// metrics the layout measures with, cached per code point.
class PdfFonts : public FontMetrics {
 public:
  // REQUIRES: doc outlives this object.
  PdfFonts(HpdfDoc& doc, FontFiles files);

  // The font that draws cp in face: the face's own, or the first fallback
  // with a glyph for it (the face's own when no installed font has one, so
  // the missing glyph shows). nullptr for an invisible format character no
  // font has (a tag, a variation selector): it is not drawn and takes no
  // room. Throws Error when the face's own file cannot be used.
  EmbeddedFont* font_for(int face, char32_t cp) const;
  double advance(int face, char32_t cp) const override;
  // The same sum, with the ASCII advances read from the table in place
  // rather than through a call per character (7% of a PDF's instructions).
  double width(int face, double size, std::string_view text) const override;
  // Embeds every font used. Call once all text is drawn, before saving;
  // throws Error when a font cannot be written.
  void finish() const;
  // The font files used, for --depfile.
  std::vector<std::string> loaded_files() const;

 private:
  EmbeddedFont* load(const FontSource& source) const;  // nullptr when unusable
  EmbeddedFont& own(int face) const;
  std::uint8_t pick(int face, char32_t cp) const;

  HpdfDoc& doc_;
  FontFiles files_;
  mutable std::map<FontSource, std::unique_ptr<EmbeddedFont>> fonts_;  // every font used, once
  mutable std::array<EmbeddedFont*, kFaceCount> own_{};
  mutable std::vector<EmbeddedFont*> fallbacks_;
  mutable std::map<FontSource, std::size_t> fallback_index_;
  mutable std::vector<FontSource> broken_;  // fallbacks that cannot be embedded
  mutable FontCoverage coverage_;
  // Which font draws each code point per face: 0 = not looked up, 1 = the
  // face's own, 2 + i = fallbacks_[i], 255 = none. A table for the Basic Multilingual
  // Plane, a map beyond it.
  mutable std::array<BmpTable<std::uint8_t, 0>, kFaceCount> picks_;
  mutable std::array<std::unordered_map<char32_t, std::uint8_t>, kFaceCount> astral_picks_;
  // Advances in the BMP per face; -1 = not looked up.
  mutable std::array<BmpTable<std::int16_t, -1>, kFaceCount> advances_;
};

}  // namespace mdexport::pdf
