// libFuzzer target: any bytes through the SVG sniffer and sanitizer. What
// comes out must be an SVG the sanitizer gives back unchanged (nothing left
// for it to remove) and that the sniffer takes for SVG.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "formats/xhtml/local_image.hpp"
#include "svg/svg_sanitize.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)mdexport::sniff_image_type(input);
  std::string why;
  const auto clean = mdexport::sanitize_svg(input, why);
  if (!clean) return 0;
  const auto again = mdexport::sanitize_svg(clean->svg, why);
  if (!again || again->svg != clean->svg || again->removed != 0) std::abort();
  if (mdexport::sniff_image_type(clean->svg) != "image/svg+xml") std::abort();
  return 0;
}
