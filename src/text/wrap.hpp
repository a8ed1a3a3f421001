#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mdexport {

// Breaks text into lines no wider than width display columns (greedy fill).
// Breaks at spaces, which it consumes, and between two graphemes when one of
// them is wide (CJK writes no spaces); '\n' forces a break. Never breaks
// inside a grapheme: a token with no break opportunity that is wider than
// width gets a line of its own.
std::vector<std::string> wrap(std::string_view text, int width);

// Breaks a single token into pieces of at most width columns at grapheme
// boundaries, for table cells where a long word must not widen the table.
std::vector<std::string> split_to_width(std::string_view token, int width);

}  // namespace mdexport
