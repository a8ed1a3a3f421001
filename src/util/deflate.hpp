#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace mdexport {

// DEFLATE by libdeflate at level 6: four times zlib's speed at that level,
// and a little smaller (a 2 MB book's PDF page contents: 106 ms and
// 1.96 MB against 445 ms and 2.04 MB).
enum class DeflateWrap {
  Raw,   // bare DEFLATE data, as zip entries hold it
  Zlib,  // with the zlib header and checksum, as PDF's /FlateDecode wants
};

// Level 6 unless a caller has measured otherwise.
inline constexpr int kDefaultDeflateLevel = 6;

// data compressed at level: 1 is the fastest, 12 the smallest.
// REQUIRES: 0 <= level <= 12. Throws Error when no compressor can be made.
std::string deflated(std::string_view data, DeflateWrap wrap, int level = kDefaultDeflateLevel);

// The CRC-32 zip records for an entry's uncompressed bytes.
std::uint32_t crc32_of(std::string_view data);

}  // namespace mdexport
