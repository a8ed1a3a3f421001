#include "formats/pdf/font_fallback.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>

#include "formats/pdf/font_files.hpp"

namespace mdexport::pdf {
namespace {

// libharu reads TrueType outlines only: .ttf files and .ttc collections.
bool loadable(std::string path) {
  std::transform(path.begin(), path.end(), path.begin(), [](unsigned char c) { return std::tolower(c); });
  return path.ends_with(".ttf") || path.ends_with(".ttc");
}

// The character set of file's first font: from fontconfig's cache when it
// lists the file (fast), else by reading the file.
FcCharSet* read_charset(FcConfig* config, const std::string& file) {
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(file.c_str()));
  FcPatternAddInteger(pattern, FC_INDEX, 0);
  FcObjectSet* objects = FcObjectSetBuild(FC_CHARSET, nullptr);
  FcFontSet* listed = FcFontList(config, pattern, objects);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  FcCharSet* found = nullptr;
  FcCharSet* cs = nullptr;
  if (listed && listed->nfont > 0 && FcPatternGetCharSet(listed->fonts[0], FC_CHARSET, 0, &cs) == FcResultMatch)
    found = FcCharSetCopy(cs);
  if (listed) FcFontSetDestroy(listed);
  if (found) return found;
  int count = 0;
  FcPattern* read = FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(file.c_str()), 0, nullptr, &count);
  if (read && FcPatternGetCharSet(read, FC_CHARSET, 0, &cs) == FcResultMatch) found = FcCharSetCopy(cs);
  if (read) FcPatternDestroy(read);
  return found;
}

}  // namespace

FontCoverage::~FontCoverage() {
  for (auto& [file, cs] : charsets_)
    if (cs) FcCharSetDestroy(cs);
  if (sorted_) FcFontSetDestroy(sorted_);
}

bool FontCoverage::covers(const std::string& file, char32_t cp) {
  auto found = charsets_.find(file);
  if (found == charsets_.end()) found = charsets_.emplace(file, read_charset(shared_fontconfig(), file)).first;
  // A file whose coverage is unknown is trusted with everything, as before.
  return !found->second || FcCharSetHasChar(found->second, cp);
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
  if (!sorted_done_) sort_fonts();
  for (const auto& c : candidates_) {
    if (!FcCharSetHasChar(c.charset, cp)) continue;
    const bool skip = std::any_of(excluded.begin(), excluded.end(), [&](const FontSource& e) {
      return e.file == c.source.file && e.index == c.source.index;
    });
    if (!skip) return &c.source;
  }
  return nullptr;
}

}  // namespace mdexport::pdf
