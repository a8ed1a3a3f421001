#include "formats/pdf/text_string.hpp"

#include <string>

#include "formats/pdf/font_metrics.hpp"

namespace mdexport::pdf {

HPDF_Binary text_string(HPDF_MMgr mmgr, std::string_view utf8) {
  std::basic_string<HPDF_BYTE> bytes = {0xFE, 0xFF};
  const auto unit = [&bytes](char32_t u) {
    bytes += static_cast<HPDF_BYTE>(u >> 8);
    bytes += static_cast<HPDF_BYTE>(u & 0xFF);
  };
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = next_code_point(utf8, i);
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      unit(0xD800 + (cp >> 10));
      unit(0xDC00 + (cp & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return HPDF_Binary_New(mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

}  // namespace mdexport::pdf
