#pragma once
#include <string>

#include <hpdf.h>

namespace mdexport::pdf {

// libharu 2.3.0 gives UTF-8 TrueType fonts a ToUnicode stream that is really
// an encoding CMap ("begincidrange"), which poppler rejects with a syntax
// warning and other readers may ignore, so copied text comes out wrong.
// Its UTF-8 encoder uses the code point as the CID (Basic Multilingual Plane
// only), so the correct map is the identity over U+0000..U+FFFF minus the
// surrogates: that is what this CMap says, except that the Arabic
// presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF), which shape_arabic
// draws, read as the letters they stand for, so copied Arabic is plain text.
std::string identity_to_unicode_cmap();

// Replaces the contents of font's ToUnicode stream with the identity CMap,
// through libharu's public object API (the stream is still compressed and
// written by libharu). Returns false when font has no ToUnicode stream.
// REQUIRES: font came from HPDF_GetFont(..., "UTF-8") on a TrueType font.
bool fix_to_unicode(HPDF_Font font);

}  // namespace mdexport::pdf
