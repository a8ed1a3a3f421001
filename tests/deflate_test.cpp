#include "util/deflate.hpp"

#include <catch2/catch.hpp>
#include <zlib.h>

#include <string>

using mdexport::DeflateWrap;

namespace {

// zlib inflates what libdeflate wrote: a second implementation.
std::string inflated(const std::string& packed, int window_bits, std::size_t size) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return "(no zlib)";
  std::string out(size + 1, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = inflate(&z, Z_FINISH);
  out.resize(z.total_out);
  inflateEnd(&z);
  return status == Z_STREAM_END ? out : "(corrupt)";
}

}  // namespace

TEST_CASE("deflated bytes inflate back to the input", "[deflate]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + " of a page\n";
  SECTION("raw, as zip entries hold it") {
    const auto packed = mdexport::deflated(text, DeflateWrap::Raw);
    CHECK(packed.size() < text.size() / 4);
    CHECK(inflated(packed, -MAX_WBITS, text.size()) == text);
  }
  SECTION("with the zlib wrapper, as PDF streams hold it") {
    const auto packed = mdexport::deflated(text, DeflateWrap::Zlib);
    CHECK(inflated(packed, MAX_WBITS, text.size()) == text);
  }
  SECTION("nothing") { CHECK(inflated(mdexport::deflated("", DeflateWrap::Zlib), MAX_WBITS, 0) == ""); }
}

TEST_CASE("the checksum is zip's CRC-32", "[deflate]") {
  const std::string text = "The quick brown fox jumps over the lazy dog";
  CHECK(mdexport::crc32_of(text) == 0x414FA339u);
  CHECK(mdexport::crc32_of(text) == crc32(0, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())));
}
