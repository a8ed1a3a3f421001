#pragma once
#include <hpdf.h>

namespace mdexport::pdf {

// libharu 2.3.0 embeds only the glyphs text used, plus the parts of a
// composite glyph one level down, and reads part numbers as signed 16-bit
// values. Glyphs built from composites (DejaVu's Arabic forms: a letter
// without dots plus its dots) or with parts numbered above 32767 (Hangul in
// WenQuanYi Zen Hei) then come out partly or wholly blank. This marks every
// part, at any depth, of every used glyph, so that libharu keeps them.
// Call after the last text is measured and drawn, before saving.
// REQUIRES: font is a TrueType font loaded with embedding on.
void keep_composite_parts(HPDF_Font font);

}  // namespace mdexport::pdf
