#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace mdexport::image {

// What any decoder may take for one picture, checked from its header before
// any pixel is decoded: a few hundred bytes of hostile PNG or WebP can
// claim gigapixels. 100 megapixels is a 12,000 x 8,000 photograph.
constexpr long long kMaxPixels = 100'000'000;
// And the bytes its decoded pixels (colour and alpha) may fill.
constexpr std::size_t kMaxBytes = 512u << 20;

// Why a picture cannot be decoded; what() is the reason alone ("PNG file
// ends early"), for the caller to put after the file's name.
class DecodeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A decoded picture: 8-bit colour, and its alpha apart, as the PDF wants
// them (an image and its soft mask).
struct Image {
  int width = 0;
  int height = 0;
  int channels = 0;                  // of color: 1 gray, 3 RGB
  std::vector<unsigned char> color;  // rows top to bottom, width * channels bytes each
  std::vector<unsigned char> alpha;  // width bytes a row; empty when every pixel is opaque
  // JPEG bytes that decode cleanly with 1 or 3 components, to embed as
  // they are (color is then empty).
  std::string jpeg;
};

// Throws DecodeError when width x height pixels of bytes_per_pixel bytes
// pass the limits above (or either side is not positive).
void check_size(long long width, long long height, int bytes_per_pixel);

// Moves the last of img.channels + 1 interleaved channels in img.color
// into img.alpha, leaving img.channels in img.color; no alpha is kept when
// every pixel is opaque.
// REQUIRES: img.color holds width * height * (channels + 1) bytes.
void split_alpha(Image& img);

}  // namespace mdexport::image
