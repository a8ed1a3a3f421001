#include "image/decode.hpp"

#include "image/jpeg_decode.hpp"
#include "image/png_decode.hpp"
#include "image/sniff.hpp"
#include "image/webp_decode.hpp"

namespace mdexport::image {

Image decode(std::string_view bytes) {
  switch (sniff(bytes)) {
    case Format::Png: return decode_png(bytes);
    case Format::Jpeg: return decode_jpeg(bytes);
    case Format::Webp: return decode_webp(bytes);
    case Format::Gif: throw DecodeError("GIF images are not supported (PNG, JPEG and WebP are)");
    case Format::Unknown: break;
  }
  throw DecodeError("not a PNG, JPEG or WebP image");
}

}  // namespace mdexport::image
