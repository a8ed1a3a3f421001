// libFuzzer target: any bytes through the WebP decoder (src/image/webp_decode)
// and the EPUB's PNG fallback made from it.
// DecodeError is the expected answer to bad bytes; crashes, aborts, leaks,
// undefined behaviour and allocations past the decoders' limit are what
// the fuzzer hunts (scripts/fuzz caps its memory).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/epub/webp_fallback.hpp"
#include "image/webp_decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    mdexport::image::decode_webp(bytes);
  } catch (const mdexport::image::DecodeError&) {
  }
  mdexport::webp_to_png(bytes);
  return 0;
}
