#pragma once
#include <string_view>

#include "image/image.hpp"

namespace mdexport::image {

// Decodes a JPEG with libjpeg-turbo. One that decodes cleanly (no error,
// no warning) with 1 or 3 components comes back as its own bytes (Image::jpeg)
// for the PDF to embed as they are; any other (CMYK, YCCK, or one libjpeg
// had to patch up) as RGB pixels. Throws DecodeError with libjpeg's reason
// for a file it cannot decode, one that ends early, or one too large (see
// check_size); never aborts. keep_jpeg = false: always pixels.
Image decode_jpeg(std::string_view bytes, bool keep_jpeg = true);

}  // namespace mdexport::image
