#pragma once
#include <string_view>
#include <vector>

#include "formats/pdf/boxes.hpp"
#include "formats/pdf/font_metrics.hpp"

namespace mdexport::pdf {

// The mark that starts a code line continued from the line above (↪).
inline constexpr std::string_view kContinuationMark = "\xE2\x86\xAA";

// A code block as slabs, one per visual line, so that it breaks across pages
// anywhere: each slab carries its own piece of the shaded background. Lines
// keep their spaces (tabs expand to four columns); a line wider than the
// block wraps between graphemes and its continuations start with the mark.
// left and width place the block in the text area; size is the code size.
std::vector<Slab> code_slabs(std::string_view code, double left, double width, double size,
                             const FontMetrics& metrics);

}  // namespace mdexport::pdf
