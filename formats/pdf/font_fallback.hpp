#pragma once
#include <string>
#include <vector>

struct _FcCharSet;
struct _FcFontSet;

namespace mdexport::pdf {

// A font to embed: a TrueType file and, for a collection (.ttc such
// as WenQuanYi Zen Hei), the index of the font inside it.
struct FontSource {
  std::string file;
  int index = 0;
  bool operator<(const FontSource& o) const { return file < o.file || (file == o.file && index < o.index); }
};

// Which installed fonts can draw a character: so that text in any script
// the system has fonts for is drawn, not shown as blank boxes, characters
// missing from the document's fonts come from others found by fontconfig
// (DejaVu for Greek and Cyrillic, WenQuanYi for CJK, Symbola for symbols).
// Not thread-safe: one per document.
class FontCoverage {
 public:
  FontCoverage() = default;
  ~FontCoverage();
  FontCoverage(const FontCoverage&) = delete;
  FontCoverage& operator=(const FontCoverage&) = delete;

  // The most fitting TrueType font, in fontconfig's order for sans-serif
  // text, that has cp and is not excluded; nullptr when none has it.
  const FontSource* fallback_for(char32_t cp, const std::vector<FontSource>& excluded = {});

 private:
  struct Candidate {
    FontSource source;
    _FcCharSet* charset;  // owned by sorted_
  };
  void sort_fonts();

  _FcFontSet* sorted_ = nullptr;
  bool sorted_done_ = false;
  std::vector<Candidate> candidates_;
};

}  // namespace mdexport::pdf
