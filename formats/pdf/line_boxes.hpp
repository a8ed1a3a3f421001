#pragma once
#include <vector>

#include "formats/pdf/boxes.hpp"
#include "formats/pdf/line_breaker.hpp"

namespace mdexport::pdf {

// Vertical measures of a line of text.
struct LineMetrics {
  double height = 0;    // line pitch, points
  double baseline = 0;  // from the line's top
};

// A line as tall as leading times its largest text (at least min_size).
LineMetrics line_metrics(const Line& line, const std::vector<Run>& runs, double min_size, double leading);

// Where a glyph of size points sits relative to its baseline: the ascent
// (above) and descent (below) used for backgrounds, frames and link areas.
constexpr double kAscent = 0.8;
constexpr double kDescent = 0.22;

// Boxes that draw line with its left edge at x and baseline at y: code
// backgrounds and image frames first, then text, strike-through lines and
// link areas. A run's fragments in a row are one text box in pieces,
// unless struck through or linked.
void line_boxes(const Line& line, const std::vector<Run>& runs, double x, double baseline, std::vector<Box>& out);

// The footnote numbers cited on line.
std::vector<int> cited_notes(const Line& line, const std::vector<Run>& runs);

}  // namespace mdexport::pdf
