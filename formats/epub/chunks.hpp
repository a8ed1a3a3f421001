#pragma once
#include <cstddef>
#include <vector>

#include "doc/document.hpp"

namespace mdexport {

// A run of top-level blocks that goes into one XHTML file: [begin, end).
struct Chunk {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Splits blocks before every top-level heading of level 1..split_level;
// what comes before the first such heading is a chunk of its own. With
// split_level 0, or no such heading, everything is one chunk. No chunk is
// empty; no blocks, no chunks.
std::vector<Chunk> split_chunks(const std::vector<doc::Block>& blocks, int split_level);

}  // namespace mdexport
