#include "formats/pdf/text_string.hpp"

#include <string>

#include "formats/pdf/font_metrics.hpp"

namespace mdexport::pdf {

std::pair<char16_t, char16_t> utf16_units(char32_t cp) {
  if (cp <= 0xFFFF) return {static_cast<char16_t>(cp), 0};
  cp -= 0x10000;
  return {static_cast<char16_t>(0xD800 + (cp >> 10)), static_cast<char16_t>(0xDC00 + (cp & 0x3FF))};
}

HPDF_Binary text_string(HPDF_MMgr mmgr, std::string_view utf8) {
  std::basic_string<HPDF_BYTE> bytes = {0xFE, 0xFF};
  const auto unit = [&bytes](char16_t u) {
    bytes += static_cast<HPDF_BYTE>(u >> 8);
    bytes += static_cast<HPDF_BYTE>(u & 0xFF);
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const auto [first, second] = utf16_units(next_code_point(utf8, i));
    unit(first);
    if (second) unit(second);
  }
  return HPDF_Binary_New(mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

}  // namespace mdexport::pdf
