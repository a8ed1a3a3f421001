#include "util/deflate.hpp"

#include <libdeflate.h>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

#include "util/diagnostics.hpp"

namespace mdexport {
namespace {

struct Free {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, Free>;

// Compressors kept for reuse, per level (making one allocates its tables),
// shared by a batch's threads. Not thread_local: in the PDF module, loaded
// with dlopen, that storage is reached through __tls_get_addr, and GCC 12's
// LeakSanitizer misreads where some such blocks are and crashes its check.
class CompressorPool {
 public:
  Compressor take(int level) {
    {
      const std::lock_guard guard(lock_);
      auto& kept = kept_.at(static_cast<std::size_t>(level));
      if (!kept.empty()) {
        Compressor c = std::move(kept.back());
        kept.pop_back();
        return c;
      }
    }
    Compressor c(libdeflate_alloc_compressor(level));
    if (!c) throw Error("error: cannot allocate a compressor");
    return c;
  }
  void give_back(int level, Compressor c) {
    const std::lock_guard guard(lock_);
    kept_.at(static_cast<std::size_t>(level)).push_back(std::move(c));
  }

 private:
  std::mutex lock_;
  std::array<std::vector<Compressor>, 13> kept_;
};

CompressorPool& pool() {
  static CompressorPool compressors;
  return compressors;
}

}  // namespace

std::string deflated(std::string_view data, DeflateWrap wrap, int level) {
  Compressor kept = pool().take(level);
  libdeflate_compressor* c = kept.get();
  const bool raw = wrap == DeflateWrap::Raw;
  std::string out(raw ? libdeflate_deflate_compress_bound(c, data.size()) : libdeflate_zlib_compress_bound(c, data.size()),
                  '\0');
  const std::size_t size = raw ? libdeflate_deflate_compress(c, data.data(), data.size(), out.data(), out.size())
                               : libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size());
  out.resize(size);  // the bound always fits, so size is never 0 here
  pool().give_back(level, std::move(kept));
  return out;
}

std::uint32_t crc32_of(std::string_view data) { return libdeflate_crc32(0, data.data(), data.size()); }

}  // namespace mdexport
