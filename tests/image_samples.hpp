#pragma once
// Pictures made by the tests with libpng, libjpeg and libwebp's encoders
// (no copied files), and hand-made damage to them.
#include <string>
#include <vector>

namespace test {

struct PngSpec {
  int width = 8, height = 8;
  int color_type = 2;  // PNG_COLOR_TYPE_*: 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA
  int bit_depth = 8;
  bool interlaced = false;
  // Samples, row by row, as PNG stores them (16-bit big-endian; palette
  // indices one a byte even below 8 bits). Empty: a pattern.
  std::vector<unsigned char> samples;
  std::vector<unsigned char> palette;  // RGB triples
  std::vector<unsigned char> trns;     // tRNS chunk contents, when not empty
};
std::string png_image(const PngSpec& spec);
// A w x h RGB PNG of a pattern.
std::string png_image(int w, int h);

// components 1 (gray), 3 (RGB) or 4 (CMYK, Adobe-inverted as Photoshop writes).
std::string jpeg_image(int w, int h, int components = 3, bool progressive = false);

// Lossless RGBA (alpha < 255 in the left half when with_alpha).
std::string webp_image(int w, int h, bool with_alpha = false);

// A lossless WebP of w x h pixels that all cost no bits (one-symbol
// prefix codes): 34 bytes whatever its size.
std::string webp_of_nothing(int w, int h);

// The PNG with the CRC of its chunk at index (0 = IHDR) made right again.
std::string with_fixed_crc(std::string png, int chunk);
// A PNG whose chunk at index (0 = IHDR) has its CRC flipped.
std::string with_bad_crc(std::string png, int chunk);
// Byte offset where the PNG's first IDAT data starts.
std::size_t idat_offset(const std::string& png);

}  // namespace test
