// libFuzzer target: any bytes through the reader and every registered writer.
// Conversion errors (malformed front matter) are expected; crashes, hangs,
// leaks and undefined behaviour are what the fuzzer hunts.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "convert/conversion.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  static const mdexport::Registry registry;
  for (const auto& format : registry.writers()) {
    mdexport::ConvertOptions opts;
    mdexport::Diagnostics diag("fuzz.md");
    mdexport::StringSink sink;
    try {
      mdexport::convert(input, format, opts, diag, sink);
    } catch (const mdexport::Error&) {
    }
  }
  return 0;
}
