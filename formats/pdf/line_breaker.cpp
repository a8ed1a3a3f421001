#include "formats/pdf/line_breaker.hpp"

#include <cmath>

#include "formats/pdf/bidi.hpp"
#include "formats/pdf/total_fit.hpp"
#include "text/display_width.hpp"

namespace mdexport::pdf {
namespace {

// Spaces stretched further than this (2.5 times their width) look worse than
// a line that stops short: such a line is left ragged.
constexpr double kMaxRatio = 3;
// Ragged right: a line may end this fraction of the width short at badness 100.
constexpr double kRaggedShare = 1.0 / 6;
// TeX's \pretolerance: a paragraph whose lines can all be set this well
// without hyphens gets none. Fewer hyphens, and a document whose paragraphs
// all can never loads the hyphenation dictionary.
constexpr double kPretolerance = 100;
// How much text is made into items at a time: about 20,000 items of
// English, well under kTotalFitLimit, so that most paragraphs are made in
// one go and a long one holds few at once.
constexpr std::size_t kStretchBytes = 64 * 1024;
// fit_graphemes measures text this long or shorter whole before walking
// it: far more than fits on a line of any page.
constexpr std::size_t kWholeMeasureBytes = 4096;

// Sets the items of one line (first through the break at end) as fragments.
Line set_line(const std::vector<Item>& items, std::size_t first, std::size_t end, double ratio) {
  Line line;
  double x = 0;
  bool gap = false;  // the last space was adjusted: the next text is a new fragment
  auto place = [&](const Item& it, std::string_view text, double w, bool space) {
    auto& frags = line.fragments;
    if (!frags.empty() && frags.back().run == it.run && !gap) {
      frags.back().text.append(text);
      frags.back().width += w;
    } else {
      frags.push_back(Fragment{it.run, std::string(text), x, w});
    }
    gap = false;
    x += w;
    if (!space) line.width = x;
  };
  for (std::size_t i = first; i < end; ++i) {
    const auto& it = items[i];
    if (it.kind == ItemKind::Box) place(it, it.text, it.width, false);
    if (it.kind != ItemKind::Glue || it.fill) continue;
    const double delta = ratio > 0 ? ratio * it.stretch : ratio * it.shrink;
    if (delta == 0) {
      place(it, it.text, it.width, true);
    } else {
      x += it.width + delta;
      gap = true;
    }
  }
  const auto& last = items[end];
  if (last.kind == ItemKind::Penalty && !last.text.empty()) place(last, last.text, last.width, false);
  // Spaces kept at the end of a fragment would only widen the last box.
  auto& frags = line.fragments;
  while (!frags.empty() && frags.back().text.find_first_not_of(' ') == std::string::npos) frags.pop_back();
  if (!frags.empty()) {
    auto& f = frags.back();
    const auto keep = f.text.find_last_not_of(' ');
    if (keep + 1 < f.text.size()) {
      f.text.resize(keep + 1);
      f.width = line.width - f.x;
    }
  }
  line.ratio = ratio;
  line.justified = ratio != 0;
  return line;
}

}  // namespace

void break_lines(const std::vector<Run>& runs, double width, const Measure& measure, const BreakOptions& opts,
                 const LineSink& take) {
  ItemOptions io;
  io.justify = opts.justify;
  io.lang = opts.lang;
  FitOptions fo;
  fo.width = width;
  fo.ragged_stretch = opts.justify ? 0 : width * kRaggedShare;
  fo.loose_tolerance = badness(kMaxRatio);
  const bool first_pass = opts.total_fit && opts.hyphenator;
  io.hyphenator = first_pass ? nullptr : opts.hyphenator;

  const bool rtl = rtl_paragraph(runs);
  FitOptions justified = fo;
  justified.ragged_stretch = 0;
  std::size_t count = 0;
  // Sets the lines of items that end at breaks, the first one at items' start.
  auto set_lines = [&](const std::vector<Item>& items, const std::vector<std::size_t>& breaks) {
    std::size_t from = static_cast<std::size_t>(-1);
    for (const auto b : breaks) {
      const auto span = line_span(items, from, b, justified);
      double ratio = 0;
      if (opts.justify) {
        ratio = span.ratio(width);
        // A last line is set as it is, unless it had to shrink to fit.
        if (std::isinf(ratio) || ratio > kMaxRatio || (span.fill && ratio > 0)) ratio = 0;
        ratio = std::max(ratio, -1.0);
      }
      Line line = set_line(items, span.first, b, ratio);
      line.rtl = rtl;
      reorder_line(line, runs, rtl, measure);
      take(std::move(line));
      ++count;
      from = b;
    }
  };

  ItemStream stream(runs, width, measure, io);
  std::vector<Item> items;
  // All of the paragraph, unless it proves too long for total fit.
  while (items.size() <= kTotalFitLimit && stream.next(items, kStretchBytes)) continue;
  if (!stream.done()) {
    // Too long: broken first-fit as its items are made, not made again
    // with hyphens. From here on only the items of the line being set and
    // of one stretch are held.
    int hyphens = 0;
    for (bool complete = false; !complete;) {
      complete = stream.done();
      const auto breaks = first_fit_part(items, fo, complete, hyphens);
      set_lines(items, breaks);
      if (!breaks.empty()) items.erase(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(breaks.back() + 1));
      stream.next(items, kStretchBytes);
    }
  } else {
    std::vector<std::size_t> breaks;
    if (first_pass && items.size() <= kTotalFitLimit) {
      breaks = fit_within(items, fo, kPretolerance);
      if (breaks.empty()) {
        io.hyphenator = opts.hyphenator;
        items = make_items(runs, width, measure, io);
      }
    }
    if (breaks.empty()) breaks = opts.total_fit ? total_fit(items, fo) : first_fit(items, fo);
    set_lines(items, breaks);
  }
  if (count == 0) take(Line());
}

std::vector<Line> break_lines(const std::vector<Run>& runs, double width, const Measure& measure,
                              const BreakOptions& opts) {
  std::vector<Line> lines;
  break_lines(runs, width, measure, opts, [&](Line line) { lines.push_back(std::move(line)); });
  return lines;
}

std::size_t fit_graphemes(std::string_view text, double width,
                          const std::function<double(std::string_view)>& measure) {
  // Widths add up, so text that fits whole needs no walk through its
  // graphemes: most code lines fit. Text longer than any line is walked
  // at once: measuring all of it for each line it fills would take time
  // growing with the square of its length (a 5 MB code line).
  if (text.size() <= kWholeMeasureBytes && measure(text) <= width) return text.size();
  std::size_t end = 0;
  double w = 0;
  while (end < text.size()) {
    const auto n = next_grapheme_length(text.substr(end));
    const double gw = measure(text.substr(end, n));
    if (end > 0 && w + gw > width) break;
    w += gw;
    end += n;
  }
  return end;
}

}  // namespace mdexport::pdf
