#include "formats/pdf/pdf_fonts.hpp"

#include <utf8proc.h>

#include "util/diagnostics.hpp"

namespace mdexport::pdf {
namespace {

constexpr std::uint8_t kOwn = 1;
constexpr std::uint8_t kNone = 255;
constexpr std::size_t kMaxFallbacks = 250;  // picks are bytes

// Format characters (joiners, variation selectors, tags) have no ink; drawn
// from a font without them they would be .notdef boxes.
bool ignorable(char32_t cp) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->ignorable;
}

}  // namespace

PdfFonts::PdfFonts(HpdfDoc& doc, FontFiles files)
    : doc_(doc), files_(std::move(files)), coverage_(default_fallback_cache()) {}

EmbeddedFont* PdfFonts::load(const FontSource& source) const {
  auto found = fonts_.find(source);
  if (found != fonts_.end()) return found->second.get();
  auto face = FontFace::open(source);
  if (!face) return nullptr;
  auto font = std::make_unique<EmbeddedFont>(doc_.get(), std::move(face));
  doc_.check("cannot add font " + source.file);
  return fonts_.emplace(source, std::move(font)).first->second.get();
}

std::vector<std::string> PdfFonts::loaded_files() const {
  std::vector<std::string> files;
  for (const auto& [source, font] : fonts_)
    if (files.empty() || files.back() != source.file) files.push_back(source.file);
  return files;
}

EmbeddedFont& PdfFonts::own(int face) const {
  auto& slot = own_[static_cast<std::size_t>(face)];
  if (!slot) slot = load({files_[face], 0});
  if (!slot) throw Error("error: cannot load font " + files_[face]);
  return *slot;
}

std::uint8_t PdfFonts::pick(int face, char32_t cp) const {
  const auto f = static_cast<std::size_t>(face);
  std::uint8_t* p = nullptr;
  if (cp <= 0xFFFF) {
    p = &picks_[f].at(cp);
  } else {
    p = &astral_picks_[f][cp];
  }
  if (*p != 0) return *p;
  *p = kOwn;
  // Controls and spaces are never looked for elsewhere: any font spaces.
  if (cp <= 0x20 || own(face).face().glyph(cp) != 0) return *p;
  while (const FontSource* src = coverage_.fallback_for(cp, broken_)) {
    auto found = fallback_index_.find(*src);
    if (found == fallback_index_.end()) {
      if (fallbacks_.size() >= kMaxFallbacks) break;
      EmbeddedFont* font = load(*src);
      if (!font) {  // not TrueType, or its licence forbids embedding: skip it from now on
        broken_.push_back(*src);
        continue;
      }
      fallbacks_.push_back(font);
      found = fallback_index_.emplace(*src, fallbacks_.size() - 1).first;
    }
    *p = static_cast<std::uint8_t>(2 + found->second);
    return *p;
  }
  if (ignorable(cp)) *p = kNone;
  return *p;
}

EmbeddedFont* PdfFonts::font_for(int face, char32_t cp) const {
  const auto p = pick(face, cp);
  if (p == kNone) return nullptr;
  return p == kOwn ? &own(face) : fallbacks_[p - 2u];
}

double PdfFonts::advance(int face, char32_t cp) const {
  const auto measure = [&]() -> std::int16_t {
    const EmbeddedFont* font = font_for(face, cp);
    if (!font) return 0;
    const FontFace& f = font->face();
    return static_cast<std::int16_t>(f.advance(f.glyph(cp)));
  };
  if (cp > 0xFFFF) return measure();
  auto& w = advances_[static_cast<std::size_t>(face)].at(cp);
  if (w < 0) w = measure();
  return w;
}

double PdfFonts::width(int face, double size, std::string_view text) const {
  const auto& table = advances_[static_cast<std::size_t>(face)];
  const std::int16_t* ascii = table.first_block();
  double units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && ascii && ascii[c] >= 0) {
      units += ascii[c];
      ++i;
    } else {
      units += advance(face, next_code_point(text, i));
      ascii = table.first_block();
    }
  }
  return units * size / 1000.0;
}

void PdfFonts::finish() const {
  for (const auto& [source, font] : fonts_)
    if (!font->finish()) {
      doc_.check("cannot embed font " + source.file);
      throw Error("error: cannot embed font " + source.file);
    }
}

}  // namespace mdexport::pdf
