#include <catch2/catch.hpp>

#include "formats/epub/chunks.hpp"
#include "markdown/reader.hpp"

namespace {

std::vector<std::pair<std::size_t, std::size_t>> split(const std::string& md, int level) {
  mdexport::Diagnostics diag;
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& c : mdexport::split_chunks(mdexport::read_markdown(md, diag).blocks, level)) out.emplace_back(c.begin, c.end);
  return out;
}

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

}  // namespace

TEST_CASE("Books are split before headings up to the split level", "[chunks]") {
  const std::string md = "intro\n\n# A\n\ntext\n\n## A.1\n\n> # quoted heading\n\n# B\n";
  CHECK(split(md, 1) == Ranges{{0, 1}, {1, 5}, {5, 6}});
  CHECK(split(md, 2) == Ranges{{0, 1}, {1, 3}, {3, 5}, {5, 6}});
  CHECK(split(md, 0) == Ranges{{0, 6}});
  CHECK(split("# Only\n\ntext\n", 1) == Ranges{{0, 2}});
  CHECK(split("", 1).empty());
}
