#include "formats/text/table_text.hpp"

#include <algorithm>

#include "text/display_width.hpp"
#include "text/wrap.hpp"

namespace mdexport {
namespace {

int natural_width(const std::string& cell) {
  int widest = 0;
  for (const auto& line : wrap(cell, 1 << 30)) widest = std::max(widest, display_width(line));
  return widest;
}

// Column widths that fit available: cap every column at the largest T for
// which the capped widths still fit, then hand out what is left.
std::vector<int> fit_columns(const std::vector<int>& natural, int available) {
  const auto n = static_cast<int>(natural.size());
  std::vector<int> widths(natural.size());
  for (int i = 0; i < n; ++i) widths[i] = std::max(1, natural[i]);
  auto total = [&](int cap) {
    long sum = 0;
    for (int w : widths) sum += std::min(w, cap);
    return sum;
  };
  if (total(1 << 30) <= available) return widths;
  int lo = 1, hi = *std::max_element(widths.begin(), widths.end());
  while (lo < hi) {
    const int mid = lo + (hi - lo + 1) / 2;
    if (total(mid) <= available) lo = mid;
    else hi = mid - 1;
  }
  long left = available - total(lo);
  for (auto& w : widths) {
    const int capped = std::min(w, lo);
    const int extra = (w > lo && left > 0) ? 1 : 0;
    left -= extra;
    w = capped + extra;
  }
  return widths;
}

std::vector<std::string> cell_lines(const std::string& cell, int width) {
  std::vector<std::string> lines;
  for (auto& line : wrap(cell, width)) {
    if (display_width(line) <= width) lines.push_back(std::move(line));
    else for (auto& piece : split_to_width(line, width)) lines.push_back(std::move(piece));
  }
  return lines;
}

std::string pad(const std::string& text, int width, doc::Align align) {
  const int space = std::max(0, width - display_width(text));
  const int before = align == doc::Align::Right ? space : align == doc::Align::Center ? space / 2 : 0;
  return std::string(static_cast<std::size_t>(before), ' ') + text +
         std::string(static_cast<std::size_t>(space - before), ' ');
}

std::string rule(const std::vector<int>& widths, char fill) {
  std::string line = "+";
  for (int w : widths) line += std::string(static_cast<std::size_t>(w) + 2, fill) + "+";
  return line;
}

}  // namespace

std::vector<std::string> table_text(const std::vector<std::vector<std::string>>& rows,
                                    const std::vector<doc::Align>& align, int width) {
  const auto columns = align.size();
  if (columns == 0 || rows.empty()) return {};
  std::vector<int> natural(columns, 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < columns; ++c) natural[c] = std::max(natural[c], natural_width(row[c]));
  const int borders = 3 * static_cast<int>(columns) + 1;
  const auto widths = fit_columns(natural, std::max(static_cast<int>(columns), width - borders));

  std::vector<std::string> out{rule(widths, '-')};
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<std::vector<std::string>> cells(columns);
    std::size_t height = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      cells[c] = cell_lines(rows[r][c], widths[c]);
      height = std::max(height, cells[c].size());
    }
    for (std::size_t l = 0; l < height; ++l) {
      std::string line = "|";
      for (std::size_t c = 0; c < columns; ++c) {
        line += ' ';
        line += pad(l < cells[c].size() ? cells[c][l] : "", widths[c], align[c]);
        line += " |";
      }
      out.push_back(std::move(line));
    }
    out.push_back(rule(widths, r == 0 ? '=' : '-'));
  }
  return out;
}

}  // namespace mdexport
