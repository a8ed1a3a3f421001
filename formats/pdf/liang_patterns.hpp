#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mdexport::pdf {

// The hyphenation patterns of a libhyphen dictionary that holds nothing
// else (one level of plain TeX patterns, UTF-8: hyph_en_US), applied as
// Liang described them: every piece of the word is looked up in one hash
// table. That needs no automaton, whose building was 8.8 M of a handout
// PDF's 30 M instructions; reading hyph_en_US this way takes 5.2 M. The
// points are those hnj_hyphen_hyphenate3 finds on the same file
// (tests/liang_patterns_test compares them on 64,000 words).
class LiangPatterns {
 public:
  // nullptr when the file cannot be read, is not UTF-8, or uses what only
  // libhyphen does: a compound level (NEXTLEVEL), NOHYPHEN, non-standard
  // patterns (with '/'), or lines libhyphen would read in pieces.
  static std::unique_ptr<LiangPatterns> load(const std::string& file);

  // Byte offsets in word where a hyphen may go, ascending: at least
  // left_min characters before ("ﬃ" and "ﬄ" counting as two, as libhyphen
  // counts them) and right_min after, or the dictionary's own minimums
  // where larger. REQUIRES: word is lower-case UTF-8 without
  // digits.
  std::vector<std::size_t> points(std::string_view word, int left_min, int right_min) const;

 private:
  LiangPatterns() = default;
  bool line(std::string_view text);
  bool keyword(std::string_view text);
  void insert(std::uint64_t hash, std::string_view letters, std::string_view values);
  // The values of the pattern with these letters (one digit per gap,
  // before the first letter through after the last), or "" when none.
  std::string_view find(std::uint64_t hash, std::string_view letters) const;

  struct Slot {
    std::uint32_t at = 0;    // into pool_, plus one; 0: empty
    std::uint32_t hash = 0;  // the high half of the letters' hash
  };
  std::string_view letters_at(const Slot& slot) const;  // REQUIRES: slot.at != 0
  // The slot of the pattern with these letters, else the empty slot where
  // it would go.
  std::size_t slot_of(std::uint32_t hash, std::string_view letters) const;
  // Each pattern as its length in letters (one byte), its letters, and
  // its values.
  std::string pool_;
  std::vector<Slot> slots_;
  std::size_t count_ = 0;
  std::size_t longest_ = 0;  // letters of the longest pattern
  int left_min_ = 0, right_min_ = 0;
};

}  // namespace mdexport::pdf
