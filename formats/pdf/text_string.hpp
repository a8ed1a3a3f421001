#pragma once
#include <string_view>
#include <utility>

#include <hpdf.h>
#include <hpdf_objects.h>

namespace mdexport::pdf {

// A PDF text string (bookmark titles, document information) holding utf8
// as UTF-16BE with a byte order mark. libharu's own UTF-8 encoder stops at
// U+FFFF, so a title with an emoji or a math letter would lose it.
HPDF_Binary text_string(HPDF_MMgr mmgr, std::string_view utf8);

// cp in UTF-16: one code unit and 0, or a surrogate pair beyond U+FFFF.
std::pair<char16_t, char16_t> utf16_units(char32_t cp);

}  // namespace mdexport::pdf
