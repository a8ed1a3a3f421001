#include "util/deflate.hpp"

#include <catch2/catch.hpp>
#include <zlib.h>

#include <string>

#include "support.hpp"

using mdexport::DeflateWrap;

TEST_CASE("deflated bytes inflate back to the input", "[deflate]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + " of a page\n";
  SECTION("raw, as zip entries hold it") {
    const auto packed = mdexport::deflated(text, DeflateWrap::Raw);
    CHECK(packed.size() < text.size() / 4);
    CHECK(test::inflated(packed, -MAX_WBITS, text.size() + 1) == text);
  }
  SECTION("with the zlib wrapper, as PDF streams hold it") {
    const auto packed = mdexport::deflated(text, DeflateWrap::Zlib);
    CHECK(test::inflated(packed, MAX_WBITS, text.size() + 1) == text);
  }
  SECTION("at any level, the faster ones no smaller") {
    const auto fastest = mdexport::deflated(text, DeflateWrap::Raw, 1);
    const auto smallest = mdexport::deflated(text, DeflateWrap::Raw, 12);
    CHECK(test::inflated(fastest, -MAX_WBITS, text.size() + 1) == text);
    CHECK(test::inflated(smallest, -MAX_WBITS, text.size() + 1) == text);
    CHECK(fastest.size() >= smallest.size());
  }
  SECTION("nothing") { CHECK(test::inflated(mdexport::deflated("", DeflateWrap::Zlib), MAX_WBITS, 1) == ""); }
}

TEST_CASE("the checksum is zip's CRC-32", "[deflate]") {
  const std::string text = "The quick brown fox jumps over the lazy dog";
  CHECK(mdexport::crc32_of(text) == 0x414FA339u);
  CHECK(mdexport::crc32_of(text) == crc32(0, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())));
}
