#include "formats/pdf/font_fallback.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>

#include "formats/pdf/font_files.hpp"

namespace mdexport::pdf {
namespace {

// Only TrueType outlines are embedded: .ttf files and .ttc collections.
bool loadable(std::string path) {
  std::transform(path.begin(), path.end(), path.begin(), [](unsigned char c) { return std::tolower(c); });
  return path.ends_with(".ttf") || path.ends_with(".ttc");
}

}  // namespace

FontCoverage::FontCoverage(std::filesystem::path cache) : cache_(std::move(cache)) {}

FontCoverage::~FontCoverage() {
  if (!sorted_) return;
  cache_.save(shared_fontconfig());
  FcFontSetDestroy(sorted_);
}

void FontCoverage::sort_fonts() {
  sorted_done_ = true;
  FcConfig* config = shared_fontconfig();
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
  FcConfigSubstitute(config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result;
  // Untrimmed: a font is wanted for what it adds to the first, not instead.
  sorted_ = FcFontSort(config, pattern, FcFalse, nullptr, &result);
  FcPatternDestroy(pattern);
  if (!sorted_) return;
  for (int i = 0; i < sorted_->nfont; ++i) {
    FcChar8* file = nullptr;
    FcCharSet* cs = nullptr;
    int index = 0;
    if (FcPatternGetString(sorted_->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
    if (FcPatternGetCharSet(sorted_->fonts[i], FC_CHARSET, 0, &cs) != FcResultMatch) continue;
    FcPatternGetInteger(sorted_->fonts[i], FC_INDEX, 0, &index);
    const std::string path(reinterpret_cast<const char*>(file));
    if (loadable(path)) candidates_.push_back({{path, index}, cs});
  }
}

const FontSource* FontCoverage::fallback_for(char32_t cp, const std::vector<FontSource>& excluded) {
  const std::vector<FontSource>* fonts = cache_.find(cp);
  if (!fonts) {
    if (!sorted_done_) sort_fonts();
    std::vector<FontSource> having;
    for (const auto& c : candidates_)
      if (FcCharSetHasChar(c.charset, cp)) having.push_back(c.source);
    fonts = &cache_.add(cp, std::move(having));
  }
  for (const auto& f : *fonts)
    if (std::find(excluded.begin(), excluded.end(), f) == excluded.end()) return &f;
  return nullptr;
}

}  // namespace mdexport::pdf
