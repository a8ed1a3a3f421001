#include "formats/pdf/line_boxes.hpp"

#include <algorithm>

namespace mdexport::pdf {
namespace {

constexpr std::uint32_t kFrameColor = 0x999999;

// Superscripts (footnote references among them) are set at 0.7 of their
// paragraph's size, raised so that their tops line up with the capitals;
// subscripts at the same size sit below the baseline.
double rise(const RunStyle& s) { return s.superscript ? s.size * 0.55 : s.subscript ? -s.size * 0.3 : 0; }

}  // namespace

LineMetrics line_metrics(const Line& line, const std::vector<Run>& runs, double min_size, double leading) {
  double size = min_size;
  for (const auto& f : line.fragments) {
    const auto& s = runs[f.run].style;
    if (!s.superscript && !s.subscript) size = std::max(size, s.size);
  }
  const double height = size * leading;
  return {height, (height - size) / 2 + kAscent * size};
}

void line_boxes(const Line& line, const std::vector<Run>& runs, double x, double baseline, std::vector<Box>& out) {
  for (const auto& f : line.fragments) {
    const auto& s = runs[f.run].style;
    if (!s.code && !s.framed) continue;
    Box b;
    b.kind = s.code ? BoxKind::Fill : BoxKind::Frame;
    b.x = x + f.x - 1;
    b.y = baseline - kAscent * s.size - 1;
    b.w = f.width + 2;
    b.h = (kAscent + kDescent) * s.size + 2;
    b.color = s.code ? kCodeBackground : kFrameColor;
    b.line_width = 0.5;
    out.push_back(b);
  }
  const auto& frags = line.fragments;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t link_run = kNone;  // the run of the fragment before, when it is a link's
  std::size_t link_box = 0;      // then out[link_box] is its Link box
  for (std::size_t i = 0, next = 0; i < frags.size(); i = next) {
    const auto& f = frags[i];
    const auto& s = runs[f.run].style;
    Box t;
    t.kind = BoxKind::Text;
    t.x = x + f.x;
    t.y = baseline - rise(s);
    t.face = s.face;
    t.size = s.size;
    t.color = s.color;
    // The fragments after it of its run (words after widened spaces) are
    // pieces of its box, unless boxes of their own would come in between.
    next = i + 1;
    std::size_t bytes = f.text.size();
    if (!s.strike && s.link.empty())
      for (; next < frags.size() && frags[next].run == f.run; ++next) bytes += frags[next].text.size();
    t.text.reserve(bytes);
    t.text = f.text;
    t.pieces.reserve(next - i - 1);
    for (std::size_t k = i + 1; k < next; ++k) {
      t.pieces.push_back({t.text.size(), x + frags[k].x});
      t.text += frags[k].text;
    }
    out.push_back(std::move(t));
    if (s.strike) {
      Box l;
      l.kind = BoxKind::Line;
      l.x = x + f.x;
      l.y = baseline - 0.3 * s.size;
      l.w = f.width;
      l.color = s.color;
      l.line_width = std::max(0.4, s.size / 18);
      out.push_back(l);
    }
    // One link area for a link's words on a line, not one a word: each
    // area repeats the URL, in the boxes and in the PDF.
    if (!s.link.empty() && link_run == f.run) {
      out[link_box].w = x + f.x + f.width - out[link_box].x;
    } else if (!s.link.empty()) {
      link_box = out.size();
      Box a;
      a.kind = BoxKind::Link;
      a.x = x + f.x;
      a.y = baseline - rise(s) - kAscent * s.size;
      a.w = f.width;
      a.h = (kAscent + kDescent) * s.size;
      a.text = s.link;
      out.push_back(std::move(a));
    }
    link_run = s.link.empty() ? kNone : f.run;
  }
}

std::vector<int> cited_notes(const Line& line, const std::vector<Run>& runs) {
  std::vector<int> notes;
  for (const auto& f : line.fragments)
    if (runs[f.run].footnote > 0) notes.push_back(runs[f.run].footnote);
  return notes;
}

}  // namespace mdexport::pdf
