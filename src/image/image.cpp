#include "image/image.hpp"

namespace mdexport::image {

void check_size(long long width, long long height, int bytes_per_pixel) {
  if (width <= 0 || height <= 0) throw DecodeError("image has no pixels");
  const std::string size = std::to_string(width) + " x " + std::to_string(height) + " pixels";
  if (width > kMaxPixels / height)
    throw DecodeError("image too large (" + size + "; the limit is " + std::to_string(kMaxPixels / 1'000'000) +
                      " megapixels)");
  if (static_cast<unsigned long long>(width * height) * static_cast<unsigned>(bytes_per_pixel) > kMaxBytes)
    throw DecodeError("image too large to decode (" + size + ")");
}

void split_alpha(Image& img) {
  const auto pixels = static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height);
  const auto n = static_cast<std::size_t>(img.channels);
  img.alpha.resize(pixels);
  bool opaque = true;
  unsigned char* c = img.color.data();
  // Compacted in place: pixel i's colour moves to i * n, never past where
  // it was read from ((i * (n + 1))).
  for (std::size_t i = 0; i < pixels; ++i) {
    const unsigned char* from = c + i * (n + 1);
    const unsigned char a = from[n];
    for (std::size_t k = 0; k < n; ++k) c[i * n + k] = from[k];
    img.alpha[i] = a;
    opaque = opaque && a == 0xFF;
  }
  img.color.resize(pixels * n);
  img.color.shrink_to_fit();
  if (opaque) std::vector<unsigned char>().swap(img.alpha);
}

}  // namespace mdexport::image
