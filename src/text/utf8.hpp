#pragma once

namespace mdexport {

// Whether byte c continues a UTF-8 sequence (10xxxxxx) rather than starting
// a character.
inline bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace mdexport
