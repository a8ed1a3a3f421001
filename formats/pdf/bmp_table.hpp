#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>

namespace mdexport::pdf {

// A value per code point of the Basic Multilingual Plane (below 0x10000),
// stored in blocks of 256 made on first write. A table of the whole plane
// was written in full when made: 64-128 KB and 16-32 page faults per font
// and face, a fifth of a README's PDF's page faults.
template <typename T, T Missing>
class BmpTable {
 public:
  static constexpr std::size_t kBlock = 256;

  // REQUIRES: cp < 0x10000.
  T get(char32_t cp) const {
    const auto& b = blocks_[cp / kBlock];
    return b ? b[cp % kBlock] : Missing;
  }
  T& at(char32_t cp) {
    auto& b = blocks_[cp / kBlock];
    if (!b) {
      b = std::make_unique<T[]>(kBlock);
      std::fill_n(b.get(), kBlock, Missing);
    }
    return b[cp % kBlock];
  }
  // The block of code points 0-255 (for a loop over ASCII), nullptr when
  // none of them is set.
  const T* first_block() const { return blocks_[0].get(); }

 private:
  std::array<std::unique_ptr<T[]>, 0x10000 / kBlock> blocks_;
};

}  // namespace mdexport::pdf
