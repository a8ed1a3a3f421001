#include "image/webp_decode.hpp"

#include <webp/decode.h>

namespace mdexport::image {

Image decode_webp(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  WebPBitstreamFeatures features;
  if (WebPGetFeatures(data, bytes.size(), &features) != VP8_STATUS_OK) throw DecodeError("not a valid WebP image");
  if (features.has_animation) throw DecodeError("animated WebP images are not supported");
  const int depth = features.has_alpha ? 4 : 3;
  check_size(features.width, features.height, depth);
  Image img;
  img.width = features.width;
  img.height = features.height;
  img.channels = 3;
  const std::size_t stride = static_cast<std::size_t>(img.width) * static_cast<std::size_t>(depth);
  img.color.resize(stride * static_cast<std::size_t>(img.height));
  uint8_t* out = features.has_alpha
                     ? WebPDecodeRGBAInto(data, bytes.size(), img.color.data(), img.color.size(), static_cast<int>(stride))
                     : WebPDecodeRGBInto(data, bytes.size(), img.color.data(), img.color.size(), static_cast<int>(stride));
  if (!out) throw DecodeError("corrupt or truncated WebP data");
  if (features.has_alpha) split_alpha(img);
  return img;
}

bool webp_size(std::string_view head, int& width, int& height) {
  return WebPGetInfo(reinterpret_cast<const uint8_t*>(head.data()), head.size(), &width, &height) != 0;
}

}  // namespace mdexport::image
