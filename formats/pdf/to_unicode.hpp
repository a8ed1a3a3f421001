#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace mdexport::pdf {

// The ToUnicode CMap of an embedded font whose codes are glyph numbers:
// each glyph drawn reads as the code point it was drawn for, so text copies
// and extracts as written, beyond U+FFFF too (UTF-16 surrogate pairs).
// The Arabic presentation forms that shape_arabic draws read as the letters
// they stand for, so copied Arabic is plain text (lam-alef in the order
// poppler reads it back correctly).
std::string to_unicode_cmap(const std::map<std::uint16_t, char32_t>& glyphs);

}  // namespace mdexport::pdf
