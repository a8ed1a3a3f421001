#include "formats/pdf/total_fit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mdexport::pdf {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kStart = static_cast<std::size_t>(-1);
constexpr double kLinePenalty = 10;
constexpr double kDoubleHyphen = 3000;
constexpr double kFitnessMismatch = 100;
constexpr double kAwful = 10000;  // the badness of a line that cannot stretch enough
constexpr double kEmergencyShare = 0.2;  // of the width, added to each line's stretch in the last pass

bool legal_break(const std::vector<Item>& items, std::size_t i) {
  const auto& it = items[i];
  // Not at fill glue: the forced break right after it ends that line.
  if (it.kind == ItemKind::Glue) return !it.fill && i > 0 && items[i - 1].kind == ItemKind::Box;
  return it.kind == ItemKind::Penalty && it.penalty < kNever;
}

bool forced(const Item& it) { return it.kind == ItemKind::Penalty && it.penalty <= -kNever; }
bool flagged(const std::vector<Item>& items, std::size_t i) {
  return i != kStart && items[i].kind == ItemKind::Penalty && items[i].flagged;
}

int fitness(double r) { return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3; }

// Line measures in constant time: prefix sums over the items, and where
// each line starting after a break really starts.
class Spans {
 public:
  Spans(const std::vector<Item>& items, const FitOptions& opts) : items_(items), opts_(opts) {
    const auto n = items.size();
    w_.assign(n + 1, 0), y_.assign(n + 1, 0), z_.assign(n + 1, 0), fill_.assign(n + 1, 0);
    start_.assign(n + 1, n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& it = items[i];
      const bool glue = it.kind == ItemKind::Glue;
      w_[i + 1] = w_[i] + (it.kind == ItemKind::Penalty ? 0 : it.width);
      y_[i + 1] = y_[i] + (glue ? it.stretch : 0);
      z_[i + 1] = z_[i] + (glue ? it.shrink : 0);
      fill_[i + 1] = fill_[i] + (glue && it.fill ? 1 : 0);
    }
    for (std::size_t i = n; i-- > 0;)
      start_[i] = (items[i].kind == ItemKind::Box || forced(items[i])) ? i : start_[i + 1];
  }

  LineSpan get(std::size_t from, std::size_t to) const {
    LineSpan s;
    s.first = std::min(start_[from == kStart ? 0 : from + 1], to);
    s.width = w_[to] - w_[s.first] + (items_[to].kind == ItemKind::Penalty ? items_[to].width : 0);
    s.stretch = y_[to] - y_[s.first] + opts_.ragged_stretch;
    s.shrink = z_[to] - z_[s.first];
    s.fill = fill_[to] > fill_[s.first];
    return s;
  }

 private:
  const std::vector<Item>& items_;
  const FitOptions& opts_;
  std::vector<double> w_, y_, z_;
  std::vector<int> fill_;
  std::vector<std::size_t> start_;
};

struct Node {
  std::size_t pos;  // item index of the break, kStart for the paragraph's start
  int fitness;
  int hyphens;      // lines in a row ending with a hyphen, this one included
  double demerits;  // total up to here
  int prev;         // index into the node arena, -1 for the start
};

// One pass; empty when no breaks meet the tolerance.
std::vector<std::size_t> pass(const std::vector<Item>& items, const FitOptions& opts, double tolerance) {
  const Spans spans(items, opts);
  std::vector<Node> nodes{{kStart, 1, 0, 0, -1}};
  std::vector<int> active{0};
  for (std::size_t b = 0; b < items.size(); ++b) {
    if (!legal_break(items, b)) continue;
    const bool is_forced = forced(items[b]);
    const bool hyphen = flagged(items, b);
    // Best new node per fitness class and hyphen count.
    Node best[4][3];
    bool have[4][3] = {};
    for (std::size_t k = 0; k < active.size();) {
      const Node& a = nodes[static_cast<std::size_t>(active[k])];
      const auto span = spans.get(a.pos, b);
      const double r = span.ratio(opts.width);
      const bool too_wide = r < -1;
      if (!too_wide && badness(r) <= tolerance && !(hyphen && a.hyphens >= opts.max_hyphens_in_row)) {
        const double bad = badness(r);
        const auto& p = items[b];
        double d = (kLinePenalty + bad) * (kLinePenalty + bad);
        if (p.kind == ItemKind::Penalty && !is_forced) d += p.penalty >= 0 ? p.penalty * p.penalty : -p.penalty * p.penalty;
        if (hyphen && flagged(items, a.pos)) d += kDoubleHyphen;
        const int fit = fitness(r);
        if (std::abs(fit - a.fitness) > 1) d += kFitnessMismatch;
        const int h = hyphen ? a.hyphens + 1 : 0;
        Node n{b, fit, h, a.demerits + d, active[k]};
        auto& slot = best[fit][std::min(h, 2)];
        if (!have[fit][std::min(h, 2)] || n.demerits < slot.demerits) slot = n;
        have[fit][std::min(h, 2)] = true;
      }
      // A line that is too wide only gets wider: that start is done. A
      // forced break ends every line.
      if (too_wide || is_forced) active.erase(active.begin() + static_cast<std::ptrdiff_t>(k));
      else ++k;
    }
    for (int f = 0; f < 4; ++f)
      for (int h = 0; h < 3; ++h)
        if (have[f][h]) {
          nodes.push_back(best[f][h]);
          active.push_back(static_cast<int>(nodes.size() - 1));
        }
    if (active.empty()) return {};
  }
  // Everything ends with a forced break, so the active nodes all sit there.
  int best = -1;
  for (int a : active)
    if (best < 0 || nodes[static_cast<std::size_t>(a)].demerits < nodes[static_cast<std::size_t>(best)].demerits)
      best = a;
  std::vector<std::size_t> breaks;
  for (int n = best; n > 0; n = nodes[static_cast<std::size_t>(n)].prev)
    breaks.push_back(nodes[static_cast<std::size_t>(n)].pos);
  std::reverse(breaks.begin(), breaks.end());
  return breaks;
}

}  // namespace

double badness(double r) {
  if (std::isinf(r)) return kAwful;
  const double a = std::fabs(r);
  return std::min(kAwful, 100 * a * a * a);  // not std::pow: 2% of a book's PDF time
}

double LineSpan::ratio(double target) const {
  if (width < target) return fill ? 0 : stretch > 0 ? (target - width) / stretch : kInf;
  if (width > target) return shrink > 0 ? (target - width) / shrink : -kInf;
  return 0;
}

LineSpan line_span(const std::vector<Item>& items, std::size_t from, std::size_t to, const FitOptions& opts) {
  LineSpan s;
  // Spaces and break points after a break are dropped with it.
  std::size_t i = from == kStart ? 0 : from + 1;
  while (i < to && items[i].kind != ItemKind::Box && !forced(items[i])) ++i;
  s.first = i;
  for (; i < to; ++i) {
    const auto& it = items[i];
    if (it.kind == ItemKind::Box) s.width += it.width;
    else if (it.kind == ItemKind::Glue) {
      s.width += it.width;
      s.stretch += it.stretch;
      s.shrink += it.shrink;
      s.fill = s.fill || it.fill;
    }
  }
  if (items[to].kind == ItemKind::Penalty) s.width += items[to].width;
  s.stretch += opts.ragged_stretch;
  return s;
}

std::vector<std::size_t> first_fit(const std::vector<Item>& items, const FitOptions& opts) {
  int hyphens = 0;
  return first_fit_part(items, opts, true, hyphens);
}

std::vector<std::size_t> first_fit_part(const std::vector<Item>& items, const FitOptions& opts, bool complete,
                                        int& hyphens) {
  const Spans spans(items, opts);
  std::vector<std::size_t> breaks;
  std::size_t from = kStart;
  // Hard breaks are forced too: go on to the last item, the paragraph's end.
  while (breaks.empty() || breaks.back() + 1 < items.size()) {
    std::size_t chosen = kStart, first_legal = kStart;
    bool ended = false;  // by a break too wide or a forced one: no later item changes the choice
    for (std::size_t b = from == kStart ? 0 : from + 1; b < items.size(); ++b) {
      if (!legal_break(items, b)) continue;
      if (first_legal == kStart) first_legal = b;
      const auto span = spans.get(from, b);
      if (span.ratio(opts.width) < -1) {  // too wide, and only gets wider
        ended = true;
        break;
      }
      if (!(flagged(items, b) && hyphens >= opts.max_hyphens_in_row)) chosen = b;
      if (forced(items[b])) {
        ended = true;
        break;
      }
    }
    if (!ended && !complete) break;  // this line may go on into items not made yet
    // Nothing fits (a single grapheme wider than the line): it overflows.
    if (chosen == kStart) chosen = first_legal;
    hyphens = flagged(items, chosen) ? hyphens + 1 : 0;
    breaks.push_back(chosen);
    from = chosen;
  }
  return breaks;
}

std::vector<std::size_t> fit_within(const std::vector<Item>& items, const FitOptions& opts, double tolerance) {
  if (items.size() > kTotalFitLimit) return {};
  return pass(items, opts, tolerance);
}

std::vector<std::size_t> total_fit(const std::vector<Item>& items, const FitOptions& opts) {
  if (items.size() > kTotalFitLimit) return first_fit(items, opts);
  auto breaks = pass(items, opts, opts.tolerance);
  // Long words (German compounds) can leave no way within the tolerance;
  // loose lines, hyphenated where that helps, still look justified.
  if (breaks.empty() && opts.loose_tolerance > opts.tolerance) breaks = pass(items, opts, opts.loose_tolerance);
  if (breaks.empty()) {
    // TeX's \emergencystretch: every line may stretch a little more, so
    // that lines too loose to set well still rank by how loose they are
    // (else all are "awful" alike, and a lone word on a line costs nothing
    // more than a line of words).
    FitOptions emergency = opts;
    emergency.ragged_stretch += opts.width * kEmergencyShare;
    breaks = pass(items, emergency, kInf);
  }
  if (breaks.empty()) breaks = first_fit(items, opts);
  return breaks;
}

}  // namespace mdexport::pdf
