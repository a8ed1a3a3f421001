#include "formats/pdf/code_layout.hpp"

#include <string>
#include <utility>

#include "formats/pdf/line_boxes.hpp"
#include "formats/pdf/line_breaker.hpp"
#include "text/tabs.hpp"

namespace mdexport::pdf {
namespace {

constexpr double kLeading = 1.3;
constexpr double kPadding = 5;  // points around the code inside its background
constexpr std::uint32_t kFill = 0xF3F3F3;
constexpr std::uint32_t kTextColor = 0x111111;
constexpr std::uint32_t kMarkColor = 0x777777;

Box text(std::string s, double x, double baseline, int face, double size, std::uint32_t color) {
  Box b;
  b.kind = BoxKind::Text;
  b.x = x;
  b.y = baseline;
  b.face = face;
  b.size = size;
  b.color = color;
  b.text = std::move(s);
  return b;
}

}  // namespace

std::vector<Slab> code_slabs(std::string_view code, double left, double width, double size,
                             const FontMetrics& metrics) {
  const int face = face_of(Family::Mono, false, false);
  const double line_h = size * kLeading;
  const std::string mark = std::string(kContinuationMark) + " ";
  const double mark_w = metrics.width(face, size, mark);
  const double room = width - 2 * kPadding;
  auto measure = [&](std::string_view t) { return metrics.width(face, size, t); };

  // Visual lines: the text and whether it continues the line above.
  std::vector<std::pair<std::string, bool>> lines;
  if (code.ends_with('\n')) code.remove_suffix(1);
  std::size_t start = 0;
  while (start <= code.size()) {
    auto nl = code.find('\n', start);
    if (nl == std::string_view::npos) nl = code.size();
    const std::string line = drawable_text(expand_tabs(code.substr(start, nl - start)));
    std::string_view rest = line;
    bool continued = false;
    do {
      const auto n = fit_graphemes(rest, continued ? room - mark_w : room, measure);
      lines.emplace_back(std::string(rest.substr(0, n)), continued);
      rest.remove_prefix(n);
      continued = true;
    } while (!rest.empty());
    start = nl + 1;
  }

  std::vector<Slab> slabs;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const double top = i == 0 ? kPadding : 0;
    Slab slab;
    slab.height = top + line_h + (i + 1 == lines.size() ? kPadding : 0);
    Box fill;
    fill.kind = BoxKind::Fill;
    fill.x = left;
    fill.w = width;
    fill.h = slab.height;
    fill.color = kFill;
    slab.boxes.push_back(fill);
    const double baseline = top + (line_h - size) / 2 + kAscent * size;
    double x = left + kPadding;
    if (lines[i].second) {
      slab.boxes.push_back(text(std::string(kContinuationMark), x, baseline, face, size, kMarkColor));
      x += mark_w;
    }
    if (!lines[i].first.empty()) slab.boxes.push_back(text(lines[i].first, x, baseline, face, size, kTextColor));
    slabs.push_back(std::move(slab));
  }
  return slabs;
}

}  // namespace mdexport::pdf
