#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "formats/pdf/line_breaker.hpp"

namespace mdexport::pdf {

// Right-to-left text with GNU FriBidi. Lines are broken in logical order;
// only each finished line is put into visual order, as UAX #9 says.

// Arabic letters in their joined forms (the presentation forms U+FB50..U+FEFF,
// which DejaVu Sans draws), lam-alef as one ligature, in logical order; text
// without Arabic is returned as it is. Joining stops at the ends of text:
// call it on whole runs.
std::string shape_arabic(std::string_view text);

// True when the first strong character of the runs is right-to-left (UAX #9
// rules P2, P3): the paragraph then reads from the right.
bool rtl_paragraph(const std::vector<Run>& runs);

// Puts a line's fragments into visual order: right-to-left stretches are
// reversed (grapheme by grapheme, brackets mirrored) and moved, gaps between
// fragments (stretched spaces) kept. Lines without right-to-left text in a
// left-to-right paragraph are left alone.
void reorder_line(Line& line, const std::vector<Run>& runs, bool rtl_base, const Measure& measure);

}  // namespace mdexport::pdf
