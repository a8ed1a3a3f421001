#include "formats/pdf/table_layout.hpp"

#include <algorithm>
#include <numeric>

#include "formats/pdf/line_boxes.hpp"

namespace mdexport::pdf {
namespace {

constexpr double kLeading = 1.3;
constexpr std::uint32_t kHeaderFill = 0xEDEDED;
constexpr std::uint32_t kHeaderRule = 0x555555;
constexpr std::uint32_t kRowRule = 0xCCCCCC;

struct Cell {
  std::vector<Run> runs;
  std::vector<Line> lines;
  std::vector<LineMetrics> metrics;
  double height = 0;
};

double longest_word(const std::vector<Run>& runs, const Measure& measure) {
  double longest = 0, current = 0;
  for (const auto& run : runs) {
    if (run.line_break) {
      current = 0;
      continue;
    }
    std::string_view t = run.text;
    while (!t.empty()) {
      const auto sp = t.find(' ');
      const auto word = t.substr(0, sp);
      current += measure(run.style, word);
      longest = std::max(longest, current);
      if (sp == std::string_view::npos) break;
      current = 0;
      t.remove_prefix(sp + 1);
    }
  }
  return longest;
}

double natural_width(const std::vector<Run>& runs, const Measure& measure) {
  double widest = 0;
  for (const auto& line : break_lines(runs, 1e9, measure)) widest = std::max(widest, line.width);
  return widest;
}

}  // namespace

std::vector<double> column_widths(const std::vector<double>& natural, const std::vector<double>& minimum,
                                  double room, double padding, double* scale) {
  const auto n = natural.size();
  const double pad = 2 * padding * static_cast<double>(n);
  const double content = std::max(room - pad, 1.0);
  const double sum_nat = std::accumulate(natural.begin(), natural.end(), 0.0);
  double sum_min = std::accumulate(minimum.begin(), minimum.end(), 0.0);
  *scale = 1;
  std::vector<double> widths(n);
  if (sum_nat <= content) {
    for (std::size_t i = 0; i < n; ++i) widths[i] = natural[i] + 2 * padding;
    return widths;
  }
  if (sum_min > content) *scale = std::max(0.7, content / sum_min);
  sum_min *= *scale;
  if (sum_min > content) {
    // Even shrunk, the longest words do not fit: share the room by them.
    for (std::size_t i = 0; i < n; ++i) widths[i] = content * minimum[i] * *scale / sum_min + 2 * padding;
    return widths;
  }
  const double spare = content - sum_min;
  double want = 0;
  for (std::size_t i = 0; i < n; ++i) want += std::max(0.0, natural[i] - minimum[i]) * *scale;
  for (std::size_t i = 0; i < n; ++i) {
    const double extra = want > 0 ? spare * std::max(0.0, natural[i] - minimum[i]) * *scale / want : 0;
    widths[i] = minimum[i] * *scale + extra + 2 * padding;
  }
  return widths;
}

std::vector<Slab> table_slabs(const doc::Table& table, const TableFrame& frame, double size, const CellRuns& runs_of,
                              const Measure& measure) {
  std::vector<Slab> slabs;
  std::size_t columns = table.align.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  if (columns == 0 || table.rows.empty()) return slabs;
  const double padding = size * 0.4;

  // Measure at full size to choose widths and the scale.
  std::vector<double> natural(columns, 0), minimum(columns, 0);
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const auto runs = runs_of(table.rows[r][c], size, r == 0);
      natural[c] = std::max(natural[c], natural_width(runs, measure));
      minimum[c] = std::max(minimum[c], longest_word(runs, measure));
    }
  double scale = 1;
  const auto widths = column_widths(natural, minimum, frame.width, padding, &scale);
  const double cell_size = size * scale;
  const double pad = padding * scale;

  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const bool header = r == 0;
    std::vector<Cell> cells(columns);
    double content_h = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      auto& cell = cells[c];
      if (c < table.rows[r].size()) cell.runs = runs_of(table.rows[r][c], cell_size, header);
      cell.lines = break_lines(cell.runs, std::max(widths[c] - 2 * pad, 1.0), measure);
      for (const auto& line : cell.lines) {
        cell.metrics.push_back(line_metrics(line, cell.runs, cell_size, kLeading));
        cell.height += cell.metrics.back().height;
      }
      content_h = std::max(content_h, cell.height);
    }
    const double row_h = content_h + 2 * pad;
    // One slab per row; a row taller than a page is cut into bands of one
    // line per cell so that it can continue on the next page.
    const bool cut = row_h > frame.max_height;
    std::size_t bands = 1;
    if (cut) for (const auto& cell : cells) bands = std::max(bands, cell.lines.size());
    const std::size_t first_slab = slabs.size();
    for (std::size_t band = 0; band < bands; ++band) {
      Slab slab;
      slab.keep_with_next = header;
      double band_h = 0;
      for (std::size_t c = 0; c < columns; ++c) {
        const auto& cell = cells[c];
        double x = frame.left;
        for (std::size_t k = 0; k < c; ++k) x += widths[k];
        double y = cut ? 0 : pad;
        const std::size_t from = cut ? band : 0;
        const std::size_t to = cut ? std::min(band + 1, cell.lines.size()) : cell.lines.size();
        if (cut && band == 0) y = pad;
        for (std::size_t i = from; i < to; ++i) {
          const auto& line = cell.lines[i];
          const auto align = c < table.align.size() ? table.align[c] : doc::Align::None;
          const double room = widths[c] - 2 * pad;
          double dx = 0;
          // A column without an alignment of its own lets each cell follow
          // its text's direction, as browsers do with dir=auto.
          if (align == doc::Align::Right || (align == doc::Align::None && line.rtl)) dx = room - line.width;
          else if (align == doc::Align::Center) dx = (room - line.width) / 2;
          line_boxes(line, cell.runs, x + pad + std::max(0.0, dx), y + cell.metrics[i].baseline, slab.boxes);
          for (int n : cited_notes(line, cell.runs)) slab.notes.push_back(n);
          y += cell.metrics[i].height;
        }
        band_h = std::max(band_h, y);
      }
      if (!cut) band_h = row_h;
      else if (band + 1 == bands) band_h += pad;
      slab.height = band_h;
      slabs.push_back(std::move(slab));
    }
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (header) {
      Box fill;
      fill.kind = BoxKind::Fill;
      fill.x = frame.left;
      fill.w = total;
      fill.h = slabs[first_slab].height;
      fill.color = kHeaderFill;
      auto& boxes = slabs[first_slab].boxes;
      boxes.insert(boxes.begin(), fill);
    }
    Box rule;
    rule.kind = BoxKind::Line;
    rule.x = frame.left;
    rule.y = slabs.back().height;
    rule.w = total;
    rule.color = header ? kHeaderRule : kRowRule;
    rule.line_width = header ? 0.8 : 0.4;
    slabs.back().boxes.push_back(rule);
  }
  return slabs;
}

}  // namespace mdexport::pdf
