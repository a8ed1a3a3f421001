#pragma once
#include <string_view>

#include "image/image.hpp"

namespace mdexport::image {

// Decodes a still WebP with libwebp to RGB and a separate alpha. Throws
// DecodeError for a file libwebp cannot decode, an animation, or one too
// large (see check_size: checked from its header, before decoding).
Image decode_webp(std::string_view bytes);

// A WebP's size in pixels from its first bytes (64 are enough); false when
// they are not a WebP header.
bool webp_size(std::string_view head, int& width, int& height);

}  // namespace mdexport::image
