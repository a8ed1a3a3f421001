#pragma once
#include <string>
#include <vector>

#include "doc/document.hpp"

namespace mdexport {

// Lays out a table as a bordered grid no wider than width columns when it
// can be: the widest columns shrink first and their cell text wraps (a word
// too long for its column is split between graphemes). Alignment is honoured;
// cells may hold '\n' line breaks. rows[0] is the header row.
// REQUIRES: every row has align.size() cells.
std::vector<std::string> table_text(const std::vector<std::vector<std::string>>& rows,
                                    const std::vector<doc::Align>& align, int width);

}  // namespace mdexport
