#include "formats/epub/webp_fallback.hpp"

#include <webp/decode.h>

#include <memory>

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

struct DecodedFree {
  void operator()(uint8_t* p) const { WebPFree(p); }
};

}  // namespace

std::optional<std::string> webp_to_png(std::string_view webp) {
  int width = 0, height = 0;
  std::unique_ptr<uint8_t, DecodedFree> rgba(
      WebPDecodeRGBA(reinterpret_cast<const uint8_t*>(webp.data()), webp.size(), &width, &height));
  if (!rgba || width <= 0 || height <= 0) return std::nullopt;
  // Each row: filter type 0 (none), then RGBA pixels.
  const auto row = static_cast<std::size_t>(width) * 4;
  std::string raw;
  raw.reserve((row + 1) * static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) {
    raw += '\0';
    raw.append(reinterpret_cast<const char*>(rgba.get()) + row * static_cast<std::size_t>(y), row);
  }
  const std::string packed = deflated(raw, DeflateWrap::Zlib);  // PNG's IDAT is zlib data
  std::string header;
  put32(header, static_cast<unsigned long>(width));
  put32(header, static_cast<unsigned long>(height));
  header += std::string("\x08\x06\x00\x00\x00", 5);  // 8 bits, RGBA, deflate, no filter, no interlace
  std::string png = "\x89PNG\r\n\x1a\n";
  chunk(png, "IHDR", header);
  chunk(png, "IDAT", packed);
  chunk(png, "IEND", "");
  return png;
}

}  // namespace mdexport
