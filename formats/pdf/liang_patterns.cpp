#include "formats/pdf/liang_patterns.hpp"

#include <hyphen.h>

#include <algorithm>
#include <bit>
#include <cstdlib>

#include "text/utf8.hpp"
#include "util/diagnostics.hpp"
#include "util/read_file.hpp"

namespace mdexport::pdf {
namespace {

// FNV-1a, 64 bits: a hash that extends a letter at a time, as the pieces
// of a word are looked up growing from each start.
constexpr std::uint64_t kBasis = 0xCBF29CE484222325u;
constexpr std::uint64_t kPrime = 0x100000001B3u;
std::uint64_t extend(std::uint64_t hash, char c) { return (hash ^ static_cast<unsigned char>(c)) * kPrime; }

// How many letters more than one the character at word[at] counts for
// when libhyphen (2.8.8) keeps a word's first letters together: one more
// for the three-letter ligatures U+FB03 (ffi) and U+FB04 (ffl). It counts
// the two-letter ones (U+FB00..U+FB02, U+FB05, U+FB06) as one letter.
int ligature_extra(std::string_view word, std::size_t at) {
  if (at + 2 >= word.size() || static_cast<unsigned char>(word[at]) != 0xEF ||
      static_cast<unsigned char>(word[at + 1]) != 0xAC)
    return 0;
  const auto last = static_cast<unsigned char>(word[at + 2]);
  return last == 0x83 || last == 0x84 ? 1 : 0;
}

int number_after(std::string_view line, std::size_t keyword) {
  return std::atoi(std::string(line.substr(keyword)).c_str());
}

}  // namespace

std::unique_ptr<LiangPatterns> LiangPatterns::load(const std::string& file) {
  std::string text;
  try {
    text = read_file(file);
  } catch (const Error&) {
    return nullptr;
  }
  if (text.size() >= (std::size_t{1} << 30)) return nullptr;  // pool offsets are 32 bits
  std::unique_ptr<LiangPatterns> out(new LiangPatterns);
  std::size_t at = 0;
  bool first = true;
  while (at < text.size()) {
    const auto nl = text.find('\n', at);
    const std::size_t end = nl == std::string::npos ? text.size() : nl;
    std::string_view line(text.data() + at, end - at);
    at = end + 1;
    // libhyphen reads MAX_CHARS - 1 bytes at a time, line end included.
    if (line.size() + 1 >= MAX_CHARS) return nullptr;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      if (line != "UTF-8") return nullptr;
      first = false;
      // Room for a pattern per 8 bytes (hyph_en_US has one per 9.5) at
      // most half full, before any is read.
      out->slots_.resize(std::bit_ceil(text.size() / 4 + 64));
      out->pool_.reserve(text.size() + text.size() / 4);
    } else if (!out->line(line)) {
      return nullptr;
    }
  }
  if (first) return nullptr;
  return out;
}

bool LiangPatterns::line(std::string_view text) {
  if (text.empty() || text[0] == '%') return true;
  if (text[0] >= 'A' && text[0] <= 'Z') return keyword(text);
  if (text.find('/') != std::string_view::npos) return false;
  // As libhyphen reads a pattern: up to the first space or control byte;
  // a digit is the value of the gap before the next letter.
  char letters[MAX_CHARS], values[MAX_CHARS + 1];
  std::size_t n = 0;
  std::uint64_t hash = kBasis;
  values[0] = '0';
  for (const char c : text) {
    if (static_cast<unsigned char>(c) <= ' ') break;
    if (c >= '0' && c <= '9') {
      values[n] = c;
    } else {
      letters[n++] = c;
      values[n] = '0';
      hash = extend(hash, c);
    }
  }
  if (n == 0) return values[0] == '0';  // libhyphen would give every gap the value
  insert(hash, std::string_view(letters, n), std::string_view(values, n + 1));
  return true;
}

bool LiangPatterns::keyword(std::string_view text) {
  if (text.starts_with("NEXTLEVEL") || text.starts_with("NOHYPHEN")) return false;
  if (text.starts_with("LEFTHYPHENMIN")) {
    left_min_ = number_after(text, 13);
    return true;
  }
  if (text.starts_with("RIGHTHYPHENMIN")) {
    right_min_ = number_after(text, 14);
    return true;
  }
  // Only compound words (split at hyphens and apostrophes, which the words
  // given here never hold) use the compound minimums.
  if (text.starts_with("COMPOUNDLEFTHYPHENMIN") || text.starts_with("COMPOUNDRIGHTHYPHENMIN")) return true;
  return false;
}

void LiangPatterns::insert(std::uint64_t hash, std::string_view letters, std::string_view values) {
  if (2 * (count_ + 1) > slots_.size()) {
    auto old = std::move(slots_);
    slots_.assign(2 * old.size(), Slot{});
    for (const auto& s : old)
      if (s.at != 0) slots_[slot_of(s.hash, letters_at(s))] = s;
  }
  const auto h32 = static_cast<std::uint32_t>(hash >> 32);
  Slot& slot = slots_[slot_of(h32, letters)];
  if (slot.at != 0) {
    // A pattern given twice: the later one counts, as in libhyphen.
    pool_.replace(slot.at + letters.size(), values.size(), values);
    return;
  }
  slot = Slot{static_cast<std::uint32_t>(pool_.size() + 1), h32};
  pool_.push_back(static_cast<char>(letters.size()));
  pool_.append(letters);
  pool_.append(values);
  ++count_;
  longest_ = std::max(longest_, letters.size());
}

std::string_view LiangPatterns::letters_at(const Slot& slot) const {
  const char* p = pool_.data() + slot.at - 1;
  return {p + 1, static_cast<unsigned char>(p[0])};
}

std::size_t LiangPatterns::slot_of(std::uint32_t hash, std::string_view letters) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].at != 0 && !(slots_[i].hash == hash && letters_at(slots_[i]) == letters)) i = (i + 1) & mask;
  return i;
}

std::string_view LiangPatterns::find(std::uint64_t hash, std::string_view letters) const {
  const Slot& slot = slots_[slot_of(static_cast<std::uint32_t>(hash >> 32), letters)];
  if (slot.at == 0) return {};
  return {pool_.data() + slot.at + letters.size(), letters.size() + 1};
}

std::vector<std::size_t> LiangPatterns::points(std::string_view word, int left_min, int right_min) const {
  std::string prep(word.size() + 2, '.');
  word.copy(prep.data() + 1, word.size());
  // values[q]: the highest value any pattern gives the gap before prep[q].
  std::vector<char> values(prep.size() + 1, '0');
  for (std::size_t start = 0; start < prep.size(); ++start) {
    std::uint64_t hash = kBasis;
    for (std::size_t len = 1; len <= longest_ && start + len <= prep.size(); ++len) {
      hash = extend(hash, prep[start + len - 1]);
      const auto found = find(hash, std::string_view(prep).substr(start, len));
      for (std::size_t k = 0; k < found.size(); ++k) values[start + k] = std::max(values[start + k], found[k]);
    }
  }
  const int left = std::max(left_min, left_min_), right = std::max(right_min, right_min_);
  const auto chars = static_cast<std::size_t>(std::count_if(word.begin(), word.end(), [](char c) { return !is_utf8_continuation(c); }));
  std::vector<std::size_t> out;
  int before = 0;  // letters up to and including character m
  std::size_t m = 0;
  for (std::size_t i = 0; i < word.size(); ++m) {
    before += 1 + ligature_extra(word, i);
    do ++i;
    while (i < word.size() && is_utf8_continuation(word[i]));
    // The gap after character m, before byte i (prep[i + 1]).
    if (i < word.size() && before >= left && chars - 1 - m >= static_cast<std::size_t>(right) && (values[i + 1] & 1))
      out.push_back(i);
  }
  return out;
}

}  // namespace mdexport::pdf
