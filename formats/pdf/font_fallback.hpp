#pragma once
#include <filesystem>
#include <vector>

#include "formats/pdf/fallback_cache.hpp"
#include "formats/pdf/font_source.hpp"

struct _FcCharSet;
struct _FcFontSet;

namespace mdexport::pdf {

// Which installed fonts can draw a character: so that text in any script
// the system has fonts for is drawn, not shown as blank boxes, characters
// missing from the document's fonts come from others found by fontconfig
// (DejaVu for Greek and Cyrillic, WenQuanYi for CJK, Symbola for symbols).
// fontconfig is asked only for characters the cache file (FallbackCache)
// does not know. Not thread-safe: one per document.
class FontCoverage {
 public:
  // cache: the file answers are kept in between runs; "" for none.
  explicit FontCoverage(std::filesystem::path cache);
  ~FontCoverage();
  FontCoverage(const FontCoverage&) = delete;
  FontCoverage& operator=(const FontCoverage&) = delete;

  // The most fitting TrueType font, in fontconfig's order for sans-serif
  // text, that has cp and is not excluded; nullptr when none has it.
  const FontSource* fallback_for(char32_t cp, const std::vector<FontSource>& excluded = {});
  // Whether fontconfig was read: some character was not in the cache.
  bool asked_fontconfig() const { return sorted_done_; }

 private:
  struct Candidate {
    FontSource source;
    _FcCharSet* charset;  // owned by sorted_
  };
  void sort_fonts();

  _FcFontSet* sorted_ = nullptr;
  bool sorted_done_ = false;
  std::vector<Candidate> candidates_;
  FallbackCache cache_;
};

}  // namespace mdexport::pdf
