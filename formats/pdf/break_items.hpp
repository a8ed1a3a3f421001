#pragma once
#include <string>
#include <string_view>
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

}  // namespace mdexport::pdf
