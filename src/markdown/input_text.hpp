#pragma once
#include <string>
#include <string_view>

#include "util/diagnostics.hpp"

namespace mdexport {

// Makes raw input bytes safe for the parser: drops a UTF-8 byte order mark,
// turns CRLF and CR line endings into LF, and replaces each invalid UTF-8
// sequence, NUL byte or Unicode noncharacter (U+FFFF, U+FDD0...) with U+FFFD,
// warning with its line and column.
std::string normalize_input(std::string_view bytes, Diagnostics& diag);

// text with each invalid UTF-8 sequence and noncharacter replaced by U+FFFD,
// and nothing else changed; *replaced counts them when given. For text the
// parser made: cmark-gfm decodes "&#xFFFF;" to the single byte 0xFF.
std::string replace_invalid_text(std::string_view text, int* replaced = nullptr);

// True when normalize_input would return bytes unchanged, as it does for
// most files: the reader then parses them in place, without a copy.
bool is_normal_input(std::string_view bytes);

}  // namespace mdexport
