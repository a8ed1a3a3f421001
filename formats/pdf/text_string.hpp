#pragma once
#include <string_view>

#include <hpdf.h>
#include <hpdf_objects.h>

namespace mdexport::pdf {

// A PDF text string (bookmark titles, document information) holding utf8
// as UTF-16BE with a byte order mark. libharu's own UTF-8 encoder stops at
// U+FFFF, so a title with an emoji or a math letter would lose it.
HPDF_Binary text_string(HPDF_MMgr mmgr, std::string_view utf8);

}  // namespace mdexport::pdf
