#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/pdf/runs.hpp"

namespace mdexport::pdf {

class Hyphenator;

// Width in points of text set in a run's style.
using Measure = std::function<double(const RunStyle&, std::string_view)>;

// A paragraph as Knuth and Plass see it: boxes (unbreakable text), glue
// (spaces that may stretch or shrink, and where lines may end) and
// penalties (other places a line may end, at a cost).
enum class ItemKind { Box, Glue, Penalty };

// Penalties at or above kNever forbid a break; at or below -kNever force one.
constexpr double kNever = 10000;

struct Item {
  ItemKind kind = ItemKind::Box;
  std::size_t run = 0;     // the run the text belongs to
  std::string_view text;   // Box, Glue: its text; Penalty: what a break here adds ("-" or "")
  double width = 0;        // Box, Glue: natural width; Penalty: width added by a break here
  double stretch = 0;      // Glue: how much wider it may get
  double shrink = 0;       // Glue: how much narrower
  bool fill = false;       // Glue: stretches without limit (ends a paragraph or a hard-broken line)
  double penalty = 0;      // Penalty: cost of breaking here
  bool flagged = false;    // Penalty: a break here ends a line with a hyphen
};

struct ItemOptions {
  bool justify = false;                // spaces stretch and shrink, CJK breaks stretch; else fixed. Default false.
  Hyphenator* hyphenator = nullptr;    // hyphenation points of words; default none
  std::string lang = "en";             // for UAX #14's language tailoring. Default "en".
};

// Turns runs into items. Lines may end at spaces, where UAX #14 allows
// (libunibreak: after hyphens, between CJK ideographs...), after slashes and
// similar in URLs, and at hyphenation points (not in code, URLs or words with
// capitals inside). When justifying, UAX #14's breaks beside CJK characters
// are glue of no width that may stretch, so that text without spaces can
// fill its lines. A stretch of text with no break wider than width gets
// break points between all its graphemes, so no line need overflow. Hard
// breaks and the end are fill glue and a forced break.
std::vector<Item> make_items(const std::vector<Run>& runs, double width, const Measure& measure,
                             const ItemOptions& opts);

// Where in a paragraph: byte at of runs[run].
struct TextPos {
  std::size_t run = 0;
  std::size_t at = 0;
};

// make_items a stretch of text at a time, so that a very long paragraph
// never has all its items at once (a 10 MB one had 3.4 M of them, 270 MB).
// Stretches end where a run's spaces follow a word: items there do not
// depend on the text on either side, so the stretches' items one after
// another are make_items's. A word of more than 16 KB (far wider than a
// line) is also cut between graphemes, a break allowed at the cut.
class ItemStream {
 public:
  // REQUIRES: runs and measure outlive the stream.
  ItemStream(const std::vector<Run>& runs, double width, const Measure& measure, ItemOptions opts)
      : runs_(runs), width_(width), measure_(measure), opts_(std::move(opts)) {}

  // Appends the items of the next stretch, at least bytes of text long
  // unless it is the rest of the paragraph (then with the paragraph's
  // end). False, with nothing appended, once done.
  bool next(std::vector<Item>& out, std::size_t bytes);
  bool done() const { return done_; }

 private:
  TextPos stretch_end(std::size_t bytes) const;

  const std::vector<Run>& runs_;
  double width_;
  const Measure& measure_;
  ItemOptions opts_;
  TextPos pos_;             // where the next stretch starts
  bool done_ = false;       // the paragraph's end is made
  bool empty_ = true;       // no item made yet
  bool line_start_ = true;  // none made yet, or the last one is a forced break
};

}  // namespace mdexport::pdf
