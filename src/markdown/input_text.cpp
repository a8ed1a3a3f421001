#include "markdown/input_text.hpp"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>

namespace mdexport {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
// A binary file would otherwise produce one warning per byte.
constexpr int kMaxWarnings = 10;

// The end of the run of bytes from i that need no change: ASCII other than
// NUL and CR. Eight bytes at a time, as nearly all of a file is such a run.
std::size_t plain_end(std::string_view bytes, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighs = 0x8080808080808080;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    const std::uint64_t cr = w ^ (kOnes * '\r');
    if ((w | ((w - kOnes) & ~w) | ((cr - kOnes) & ~cr)) & kHighs) break;
  }
  while (i < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80 || c == 0 || c == '\r') break;
    ++i;
  }
  return i;
}

// The length of the valid UTF-8 sequence at bytes[i], or -1; its code point in cp.
utf8proc_ssize_t sequence_length(std::string_view bytes, std::size_t i, utf8proc_int32_t& cp) {
  return utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + i),
                          static_cast<utf8proc_ssize_t>(bytes.size() - i), &cp);
}

// Unicode's 66 noncharacters (U+FDD0..U+FDEF and the last two code points
// of every plane). Libraries may use them as markers: libunibreak takes
// U+FFFF as the end of its text and asserts on meeting it inside.
bool is_noncharacter(utf8proc_int32_t cp) { return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE; }

// Line and byte column of a byte, counting CRLF, CR and LF as line endings.
// Only needed for warnings, so counted when one is given, from where the
// last one left off (they come in order).
class Positions {
 public:
  explicit Positions(std::string_view bytes) : bytes_(bytes) {}
  // REQUIRES: at is not before the previous call's.
  doc::SourcePos at(std::size_t at) {
    for (; scanned_ < at; ++scanned_) {
      const char c = bytes_[scanned_];
      if (c == '\n' || (c == '\r' && !(scanned_ + 1 < bytes_.size() && bytes_[scanned_ + 1] == '\n'))) {
        ++line_;
        line_start_ = scanned_ + 1;
      }
    }
    return {line_, static_cast<int>(at - line_start_) + 1};
  }

 private:
  std::string_view bytes_;
  std::size_t scanned_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
};

}  // namespace

std::string normalize_input(std::string_view bytes, Diagnostics& diag) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string out;
  out.reserve(bytes.size());
  int bad = 0;
  Positions positions(bytes);
  auto replace = [&](std::size_t at, const char* what) {
    if (++bad <= kMaxWarnings) diag.warn(positions.at(at), std::string(what) + " replaced by U+FFFD");
    out += kReplacement;
  };
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t end = plain_end(bytes, i);
    out.append(bytes.substr(i, end - i));
    i = end;
    if (i == bytes.size()) break;
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\r') {
      out += '\n';
      i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
    } else if (c == 0) {
      replace(i++, "NUL byte");
    } else {
      utf8proc_int32_t cp = 0;
      const auto len = sequence_length(bytes, i, cp);
      if (len < 0) {
        replace(i++, "invalid UTF-8 byte");
      } else if (is_noncharacter(cp)) {
        replace(i, "noncharacter");
        i += static_cast<std::size_t>(len);
      } else {
        out.append(bytes.substr(i, static_cast<std::size_t>(len)));
        i += static_cast<std::size_t>(len);
      }
    }
  }
  if (bad > kMaxWarnings)
    diag.warn({}, std::to_string(bad - kMaxWarnings) + " more invalid bytes replaced by U+FFFD");
  return out;
}

std::string replace_invalid_text(std::string_view text, int* replaced) {
  std::string out;
  out.reserve(text.size());
  int count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out += text[i++];
      continue;
    }
    utf8proc_int32_t cp = 0;
    const auto len = sequence_length(text, i, cp);
    if (len < 0 || is_noncharacter(cp)) {
      out += kReplacement;
      ++count;
      i += len < 0 ? 1 : static_cast<std::size_t>(len);
    } else {
      out.append(text.substr(i, static_cast<std::size_t>(len)));
      i += static_cast<std::size_t>(len);
    }
  }
  if (replaced) *replaced = count;
  return out;
}

bool is_normal_input(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return false;
  std::size_t i = 0;
  while ((i = plain_end(bytes, i)) < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\r' || c == 0) return false;
    utf8proc_int32_t cp = 0;
    const auto len = sequence_length(bytes, i, cp);
    if (len < 0 || is_noncharacter(cp)) return false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

}  // namespace mdexport
