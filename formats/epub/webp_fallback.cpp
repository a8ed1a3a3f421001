#include "formats/epub/webp_fallback.hpp"

#include "image/webp_decode.hpp"
#include "util/deflate.hpp"

namespace mdexport {
namespace {

void put32(std::string& out, unsigned long v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

void chunk(std::string& out, const char* type, const std::string& data) {
  put32(out, data.size());
  const std::string body = type + data;
  out += body;
  put32(out, crc32_of(body));
}

}  // namespace

std::optional<std::string> webp_to_png(std::string_view webp, std::string* why) {
  image::Image img;
  try {
    img = image::decode_webp(webp);
  } catch (const image::DecodeError& e) {
    if (why) *why = e.what();
    return std::nullopt;
  }
  // Each row: filter type 0 (none), then RGB or RGBA pixels.
  const bool alpha = !img.alpha.empty();
  const auto width = static_cast<std::size_t>(img.width);
  const auto row = width * (alpha ? 4 : 3);
  std::string raw;
  raw.reserve((row + 1) * static_cast<std::size_t>(img.height));
  for (std::size_t y = 0; y < static_cast<std::size_t>(img.height); ++y) {
    raw += '\0';
    const unsigned char* rgb = img.color.data() + y * width * 3;
    if (!alpha) {
      raw.append(reinterpret_cast<const char*>(rgb), row);
      continue;
    }
    const unsigned char* a = img.alpha.data() + y * width;
    for (std::size_t x = 0; x < width; ++x) {
      raw.append(reinterpret_cast<const char*>(rgb + x * 3), 3);
      raw += static_cast<char>(a[x]);
    }
  }
  const auto width32 = static_cast<unsigned long>(img.width), height32 = static_cast<unsigned long>(img.height);
  img = image::Image{};  // the pixels, freed before deflating
  const std::string packed = deflated(raw, DeflateWrap::Zlib);  // PNG's IDAT is zlib data
  std::string header;
  put32(header, width32);
  put32(header, height32);
  // 8 bits, RGBA or RGB, deflate, no filter, no interlace
  header += alpha ? std::string("\x08\x06\x00\x00\x00", 5) : std::string("\x08\x02\x00\x00\x00", 5);
  std::string png = "\x89PNG\r\n\x1a\n";
  chunk(png, "IHDR", header);
  chunk(png, "IDAT", packed);
  chunk(png, "IEND", "");
  return png;
}

}  // namespace mdexport
