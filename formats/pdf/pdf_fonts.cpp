#include "formats/pdf/pdf_fonts.hpp"

#include "formats/pdf/glyph_subset.hpp"
#include "formats/pdf/to_unicode.hpp"
#include "util/diagnostics.hpp"

namespace mdexport::pdf {
namespace {

constexpr std::uint8_t kOwn = 1;
constexpr std::size_t kMaxFallbacks = 250;  // picks are bytes

char32_t in_bmp(char32_t cp) { return cp > 0xFFFF ? 0xFFFD : cp; }  // libharu's UTF-8 encoder stops there

}  // namespace

PdfFonts::PdfFonts(HpdfDoc& doc, FontFiles files) : doc_(doc), files_(std::move(files)) {}

HPDF_Font PdfFonts::load(const FontSource& source) const {
  auto found = loaded_.find(source);
  if (found == loaded_.end()) {
    const bool collection = source.file.size() > 4 && (source.file.ends_with(".ttc") || source.file.ends_with(".TTC"));
    const char* name = collection ? HPDF_LoadTTFontFromFile2(doc_.get(), source.file.c_str(), source.index, HPDF_TRUE)
                                  : HPDF_LoadTTFontFromFile(doc_.get(), source.file.c_str(), HPDF_TRUE);
    if (!name || doc_.failed()) return nullptr;
    found = loaded_.emplace(source, name).first;
  }
  HPDF_Font font = HPDF_GetFont(doc_.get(), found->second.c_str(), "UTF-8");
  if (!font || doc_.failed() || !fix_to_unicode(font)) return nullptr;
  used_.push_back(font);
  return font;
}

std::vector<std::string> PdfFonts::loaded_files() const {
  std::vector<std::string> files;
  for (const auto& [source, name] : loaded_)
    if (files.empty() || files.back() != source.file) files.push_back(source.file);
  return files;
}

HPDF_Font PdfFonts::font(int face) const {
  auto& slot = fonts_[static_cast<std::size_t>(face)];
  if (slot) return slot;
  const auto& file = files_[static_cast<std::size_t>(face)];
  slot = load({file, 0});
  if (!slot) {
    doc_.check("cannot load font " + file);
    throw Error("error: cannot load font " + file);
  }
  return slot;
}

std::uint8_t PdfFonts::pick(int face, char32_t cp) const {
  auto& table = picks_[static_cast<std::size_t>(face)];
  if (table.empty()) table.assign(0x10000, 0);
  auto& p = table[cp];
  if (p != 0) return p;
  p = kOwn;
  // Controls and spaces are never looked for elsewhere: any font spaces.
  if (cp <= 0x20 || coverage_.covers(files_[static_cast<std::size_t>(face)], cp)) return p;
  while (const FontSource* src = coverage_.fallback_for(cp, broken_)) {
    auto found = fallback_index_.find(*src);
    if (found == fallback_index_.end()) {
      if (fallbacks_.size() >= kMaxFallbacks) break;
      HPDF_Font f = load(*src);
      if (!f) {  // a font libharu cannot read: skip it from now on
        doc_.reset();
        broken_.push_back(*src);
        continue;
      }
      fallbacks_.push_back(f);
      found = fallback_index_.emplace(*src, fallbacks_.size() - 1).first;
    }
    p = static_cast<std::uint8_t>(2 + found->second);
    break;
  }
  return p;
}

void PdfFonts::finish() const {
  for (HPDF_Font f : used_) keep_composite_parts(f);
}

HPDF_Font PdfFonts::font_for(int face, char32_t cp) const {
  const auto p = pick(face, in_bmp(cp));
  return p == kOwn ? font(face) : fallbacks_[p - 2u];
}

double PdfFonts::advance(int face, char32_t cp) const {
  cp = in_bmp(cp);
  auto& table = advances_[static_cast<std::size_t>(face)];
  if (table.empty()) table.assign(0x10000, -1);
  auto& w = table[cp];
  if (w < 0) w = static_cast<std::int16_t>(HPDF_Font_GetUnicodeWidth(font_for(face, cp), static_cast<HPDF_UNICODE>(cp)));
  return w;
}

}  // namespace mdexport::pdf
