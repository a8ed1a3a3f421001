// libFuzzer target: any bytes through the PNG decoder (src/image/png_decode).
// DecodeError is the expected answer to bad bytes; crashes, aborts, leaks,
// undefined behaviour and allocations past the decoders' limit are what
// the fuzzer hunts (scripts/fuzz caps its memory).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "image/png_decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    mdexport::image::decode_png(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const mdexport::image::DecodeError&) {
  }
  return 0;
}
