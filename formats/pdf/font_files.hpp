#pragma once
#include <array>
#include <string>

#include "formats/pdf/font_metrics.hpp"

struct _FcConfig;  // fontconfig's FcConfig

namespace mdexport::pdf {

// What the user asked for, per family: a fontconfig family name, a path to a
// .ttf file (used for all four styles), or empty for the default
// (DejaVu Serif, DejaVu Sans, DejaVu Sans Mono).
struct FontChoice {
  std::string body;     // Default "" = DejaVu Serif.
  std::string heading;  // Default "" = DejaVu Sans.
  std::string mono;     // Default "" = DejaVu Sans Mono.
};

// Where each of the 12 faces comes from: a TrueType file on disk, found
// through fontconfig (the default DejaVu faces first where Debian puts them). A style the family lacks falls back to the family's
// regular face. The styles are looked up when first asked for: a match
// costs ~0.4 ms, and most documents use five faces or fewer.
class FontFiles {
 public:
  // Finds each family's regular face now, so that a wrong choice fails
  // before any work: throws Error naming the option when fontconfig has no
  // TrueType font of the family, or a file does not exist.
  explicit FontFiles(const FontChoice& choice);
  const std::string& operator[](int face) const;

 private:
  std::array<std::string, 3> family_;  // fontconfig family name; "" when a file was chosen
  std::array<bool, 3> default_{};      // the family is the default DejaVu one
  mutable std::array<std::string, kFaceCount> files_;
};

// The process's fontconfig configuration, loaded on first use and shared by
// every conversion (font_fallback searches it too). Throws Error when
// fontconfig cannot start.
::_FcConfig* shared_fontconfig();

}  // namespace mdexport::pdf
