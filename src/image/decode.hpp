#pragma once
#include <string_view>

#include "image/image.hpp"

namespace mdexport::image {

// Decodes a PNG, JPEG or WebP picture, told apart by its signature (see
// sniff). Throws DecodeError with the reason for any other bytes, and as
// each decoder does.
Image decode(std::string_view bytes);

}  // namespace mdexport::image
