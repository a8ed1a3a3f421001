#pragma once
#include <vector>

#include "formats/pdf/break_items.hpp"

namespace mdexport::pdf {

struct FitOptions {
  double width = 0;           // of every line, points
  // Ragged right: how far each line's end may fall short of the width at a
  // badness of 100 (its spaces are fixed then). 0 = justified.
  double ragged_stretch = 0;
  double tolerance = 200;     // highest badness of a line in the first pass. Default 200 (TeX's).
  // The second pass's, when the first finds no way: loose lines rather
  // than the emergency pass's short ones. Default 2700: spaces stretched
  // three times what they may (line_breaker sets looser lines ragged).
  double loose_tolerance = 2700;
  int max_hyphens_in_row = 2; // consecutive lines ending with a hyphen. Default 2.
};

// TeX's badness of a line whose spaces stretch (or shrink) by ratio r of
// what they may: 100·|r|³, at most 10000 (a line that cannot fill).
double badness(double r);

// Where each line ends (item indices, ascending, the last one the final
// forced break) so that the paragraph's total demerits are least: Knuth and
// Plass's algorithm with TeX's costs (line penalty 10, badness 100·|r|³,
// 3000 for consecutive hyphenated lines, 100 when a line's tightness is two
// classes from its neighbour's). When no way meets the tolerance a second
// pass tries the loose tolerance, then a last one, with emergency stretch,
// accepts any line that is not too wide; very long paragraphs (more than
// kTotalFitLimit items) are broken first-fit.
std::vector<std::size_t> total_fit(const std::vector<Item>& items, const FitOptions& opts);

// Greedy breaking: each line takes as much as fits (spaces shrunk as far as
// they may). The fast path, and what total_fit is measured against.
std::vector<std::size_t> first_fit(const std::vector<Item>& items, const FitOptions& opts);

// first_fit of a paragraph whose items are made a stretch at a time:
// items are those after the last break found so far, the paragraph's end
// among them only when complete. The breaks of the lines whose ends are
// known: lines that meet a forced break, or a break they are too wide at,
// within items. hyphens: lines in a row ending with a hyphen, carried from
// one call to the next (0 at the paragraph's start).
std::vector<std::size_t> first_fit_part(const std::vector<Item>& items, const FitOptions& opts, bool complete,
                                        int& hyphens);

constexpr std::size_t kTotalFitLimit = 50000;

// total_fit's first pass alone, at this tolerance: the breaks when every
// line can be set with badness at most tolerance, else empty (as are
// paragraphs of more than kTotalFitLimit items).
std::vector<std::size_t> fit_within(const std::vector<Item>& items, const FitOptions& opts, double tolerance);

// A line from the item after the break at from (or the start, from = npos)
// through the break at to: natural width, stretch and shrink.
struct LineSpan {
  std::size_t first = 0;  // first item drawn
  double width = 0, stretch = 0, shrink = 0;
  bool fill = false;      // ends the paragraph or a hard-broken line
  // Adjustment ratio: how far the spaces stretch (> 0) or shrink (< 0) as
  // a fraction of what they may; +inf when nothing can stretch.
  double ratio(double target) const;
};
LineSpan line_span(const std::vector<Item>& items, std::size_t from, std::size_t to, const FitOptions& opts);

}  // namespace mdexport::pdf
