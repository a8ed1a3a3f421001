// libFuzzer target: any bytes through the JPEG decoder (src/image/jpeg_decode).
// DecodeError is the expected answer to bad bytes; crashes, aborts, leaks,
// undefined behaviour and allocations past the decoders' limit are what
// the fuzzer hunts (scripts/fuzz caps its memory).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "image/jpeg_decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    mdexport::image::decode_jpeg(bytes);         // checked, maybe passed through
    mdexport::image::decode_jpeg(bytes, false);  // always to pixels
  } catch (const mdexport::image::DecodeError&) {
  }
  return 0;
}
