#pragma once
#include <functional>
#include <vector>

#include "doc/document.hpp"
#include "formats/pdf/boxes.hpp"
#include "formats/pdf/line_breaker.hpp"

namespace mdexport::pdf {

// Where and how a table is set.
struct TableFrame {
  double left = 0;        // text area x of the table's left edge
  double width = 0;       // room available
  double max_height = 0;  // a row taller than this is cut into one slab per line
};

// Column widths from content, as browsers do for automatic tables: each
// column gets its natural (unwrapped) width when all fit; otherwise its
// minimum (longest word) plus a share of the rest in proportion to how much
// wrapping it needs. When even the minimums do not fit, the text shrinks (to
// 70% at most) and words break. Widths include the cell padding.
// natural[i] and minimum[i] are content widths at full size.
std::vector<double> column_widths(const std::vector<double>& natural, const std::vector<double>& minimum,
                                  double room, double padding, double* scale);

// Turns a table into slabs: out[0] is the header row (keep_with_next), the
// rest the body rows. Cell text wraps within its column and keeps its column
// alignment; in a column without one, right-to-left cells are set flush
// right. runs_of gives a cell's runs at a size and bold or not.
using CellRuns = std::function<std::vector<Run>(const doc::Inlines&, double size, bool bold)>;
std::vector<Slab> table_slabs(const doc::Table& table, const TableFrame& frame, double size, const CellRuns& runs_of,
                              const Measure& measure);

}  // namespace mdexport::pdf
