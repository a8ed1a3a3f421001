#include "util/deflate.hpp"

#include <libdeflate.h>

#include <array>
#include <memory>

#include "util/diagnostics.hpp"

namespace mdexport {
namespace {

// One compressor per level and thread (a batch converts on several), kept:
// making one allocates its tables.
libdeflate_compressor* compressor(int level) {
  struct Free {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
  };
  thread_local std::array<std::unique_ptr<libdeflate_compressor, Free>, 13> compressors;
  auto& c = compressors.at(static_cast<std::size_t>(level));
  if (!c) c.reset(libdeflate_alloc_compressor(level));
  if (!c) throw Error("error: cannot allocate a compressor");
  return c.get();
}

}  // namespace

std::string deflated(std::string_view data, DeflateWrap wrap, int level) {
  libdeflate_compressor* c = compressor(level);
  const bool raw = wrap == DeflateWrap::Raw;
  std::string out(raw ? libdeflate_deflate_compress_bound(c, data.size()) : libdeflate_zlib_compress_bound(c, data.size()),
                  '\0');
  const std::size_t size = raw ? libdeflate_deflate_compress(c, data.data(), data.size(), out.data(), out.size())
                               : libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size());
  out.resize(size);  // the bound always fits, so size is never 0 here
  return out;
}

std::uint32_t crc32_of(std::string_view data) { return libdeflate_crc32(0, data.data(), data.size()); }

}  // namespace mdexport
