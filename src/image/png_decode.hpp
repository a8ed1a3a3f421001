#pragma once
#include <string_view>

#include "image/image.hpp"

namespace mdexport::image {

// Decodes a PNG with libpng to 8-bit gray or RGB and a separate alpha:
// palettes and tRNS expanded, 16-bit samples scaled down, interlaced rows
// put in place. Throws DecodeError with libpng's reason for any corrupt,
// truncated or oversized file (see check_size); never aborts.
Image decode_png(std::string_view bytes);

}  // namespace mdexport::image
