#include "formats/epub/chunks.hpp"

namespace mdexport {

std::vector<Chunk> split_chunks(const std::vector<doc::Block>& blocks, int split_level) {
  std::vector<Chunk> chunks;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const auto& b = blocks[i];
    const bool splits = b.kind == doc::BlockKind::Heading && b.level <= split_level;
    if (splits && i > begin) {
      chunks.push_back({begin, i});
      begin = i;
    }
  }
  if (begin < blocks.size()) chunks.push_back({begin, blocks.size()});
  return chunks;
}

}  // namespace mdexport
