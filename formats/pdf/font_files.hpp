#pragma once
#include <array>
#include <string>

#include "formats/pdf/font_metrics.hpp"

struct _FcConfig;  // fontconfig's FcConfig

namespace mdexport::pdf {

// Where each of the 12 faces comes from: a TrueType file on disk.
using FontFiles = std::array<std::string, kFaceCount>;

// What the user asked for, per family: a fontconfig family name, a path to a
// .ttf file (used for all four styles), or empty for the default
// (DejaVu Serif, DejaVu Sans, DejaVu Sans Mono).
struct FontChoice {
  std::string body;     // Default "" = DejaVu Serif.
  std::string heading;  // Default "" = DejaVu Sans.
  std::string mono;     // Default "" = DejaVu Sans Mono.
};

// Finds the TrueType files through fontconfig. A style the family lacks falls
// back to the family's regular face. Throws Error naming the family when
// fontconfig has no TrueType font of that family, or a file does not exist.
FontFiles find_font_files(const FontChoice& choice);

// The process's fontconfig configuration, loaded on first use and shared by
// every conversion (font_fallback searches it too). Throws Error when
// fontconfig cannot start.
::_FcConfig* shared_fontconfig();

}  // namespace mdexport::pdf
