#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/pdf/break_items.hpp"
#include "formats/pdf/runs.hpp"

namespace mdexport::pdf {

// A piece of one run placed on a line.
struct Fragment {
  std::size_t run = 0;  // index into the runs that were broken
  std::string text;
  double x = 0;         // from the line's start, points
  double width = 0;
};

struct Line {
  std::vector<Fragment> fragments;
  double width = 0;   // of the visible content, trailing spaces excluded
  // How far the spaces were stretched (> 0) or shrunk (< 0), as a fraction
  // of what they may (half and a third of a space; a tenth of an em more
  // between CJK characters); 0 when set as they are.
  double ratio = 0;
  bool justified = false;  // spaces (or CJK breaks) were adjusted to fill the width
  bool rtl = false;        // of a right-to-left paragraph: set flush right
};

struct BreakOptions {
  // Spaces stretch or shrink, and CJK text widens between characters, so
  // that every line but a paragraph's (or hard break's) last fills the
  // width. Default false: ragged right.
  bool justify = false;
  // Hyphenation points for words, used only when total fit cannot set every
  // line with badness at most 100 without them (TeX's \pretolerance);
  // default none (headings, code, tables).
  Hyphenator* hyphenator = nullptr;
  // The document's language, for UAX #14's tailoring. Default "en".
  std::string lang = "en";
  // Total-fit (Knuth–Plass) breaking; false = greedy first-fit, kept to
  // compare with (bench/typography_bench). Default true.
  bool total_fit = true;
};

// Breaks runs into lines no wider than width: at spaces (dropped at line
// ends), at UAX #14 break opportunities, after slashes in URLs, at
// hyphenation points (the hyphen is added to the line), and between
// graphemes of a word wider than the line (so no line is wider than width
// unless a single grapheme is); hard breaks from Run::line_break. Lines with
// right-to-left text are in visual order. Image runs are skipped: callers
// split paragraphs at them.
std::vector<Line> break_lines(const std::vector<Run>& runs, double width, const Measure& measure,
                              const BreakOptions& opts = {});

// The same lines handed to take one at a time, in order, as they are set:
// a long paragraph's lines (a 10 MB one's were 116 MB) are never all held.
using LineSink = std::function<void(Line)>;
void break_lines(const std::vector<Run>& runs, double width, const Measure& measure, const BreakOptions& opts,
                 const LineSink& take);

// How many bytes of text, whole graphemes, fit in width; at least one
// grapheme when text is not empty, so that progress is always made.
std::size_t fit_graphemes(std::string_view text, double width, const std::function<double(std::string_view)>& measure);

}  // namespace mdexport::pdf
