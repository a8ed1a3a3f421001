#include "formats/pdf/paginate.hpp"

#include <set>

namespace mdexport::pdf {
namespace {

constexpr double kEpsilon = 0.01;      // points: rounding never forces a page break
constexpr double kNoteRule = 10;       // height of the rule above the notes
constexpr std::uint32_t kRuleColor = 0x888888;
constexpr double kPicturePad = 4;      // a picture slab's height beyond the picture

// A picture slab made smaller: its boxes keep their top and horizontal centre.
Slab scaled(const Slab& s, double scale) {
  Slab out = s;
  out.height = (s.height - kPicturePad) * scale + kPicturePad;
  for (auto& b : out.boxes) {
    b.x += b.w * (1 - scale) / 2;
    b.w *= scale;
    b.h *= scale;
  }
  return out;
}

class Paginator {
 public:
  Paginator(Flow& flow, const PageGeometry& g) : flow_(flow), g_(g), avail_(g.text_height()) {}

  std::vector<Page> run() {
    new_page();
    const auto& body = flow_.body;
    for (std::size_t i = 0; i < body.size(); ++i) place(i);
    while (!carry_.empty()) new_page();  // notes still waiting get pages of their own
    close_page();
    return std::move(pages_);
  }

 private:
  void place(std::size_t i) {
    Slab& s = flow_.body[i];
    if (s.page_break_before && y_ > 0) new_page();
    std::vector<Slab*> notes;
    for (int n : s.notes) {
      if (cited_.count(n)) continue;
      const auto found = flow_.notes.find(n);
      if (found == flow_.notes.end()) continue;
      for (auto& slab : found->second) notes.push_back(&slab);
    }
    const double chain = s.keep_with_next ? chain_height(i) : s.height;
    for (;;) {
      const bool top = y_ == 0;
      const double space = top ? 0 : s.space_before;
      const Slab* header = top && s.repeat >= 0 ? &flow_.headers[static_cast<std::size_t>(s.repeat)] : nullptr;
      const double head = header ? header->height : 0;
      const double need = space + head + s.height;
      // A picture that does not fit shrinks into the rest of the page if it
      // keeps at least min_scale of its size; else it goes to the next.
      const double room = avail_ + kEpsilon - y_ - foot_h_;
      if (!top && need > room && s.min_scale < 1 && s.height > kPicturePad && s.notes.empty() && !header) {
        const double scale = (room - space - kPicturePad) / (s.height - kPicturePad);
        if (scale >= s.min_scale) {
          Slab smaller = scaled(s, scale);
          take(smaller, space);
          s.boxes = std::vector<Box>();  // not {}: that would keep the capacity
          return;
        }
      }
      if (!top && chain <= avail_ && y_ + space + head + chain + foot_h_ > avail_ + kEpsilon) {
        new_page();
        continue;
      }
      const bool fits = y_ + need + foot_h_ <= avail_ + kEpsilon;
      const bool notes_fit = y_ + need + foot_h_ + notes_height(notes) <= avail_ + kEpsilon;
      if (!fits && !top) {
        new_page();
        continue;
      }
      // Placed here: it fits, or it is taller than an empty page (layout
      // never makes such slabs, but nothing is lost if one comes).
      if (header) put(*header, 0);
      take(s, space);
      for (int n : s.notes) cited_.insert(n);
      if (notes_fit) add_notes(notes);
      else carry_.insert(carry_.end(), notes.begin(), notes.end());
      return;
    }
  }

  // The height of slab i and the slabs kept with it, or some height above
  // the text area's once it is known to be taller: callers only compare it
  // with that. Summed from i on, so that a chain of slabs kept together
  // (headings one after another) costs a page's worth of slabs, not the
  // chain's length, for each of its slabs.
  double chain_height(std::size_t i) const {
    const auto& body = flow_.body;
    double h = body[i].height;
    for (std::size_t j = i; h <= avail_ && j + 1 < body.size() && body[j].keep_with_next; ++j)
      h += body[j + 1].space_before + body[j + 1].height;
    return h;
  }

  double notes_height(const std::vector<Slab*>& notes) const {
    if (notes.empty()) return 0;
    double h = foot_.empty() ? kNoteRule : 0;
    for (const auto* n : notes) h += n->height + n->space_before;
    return h;
  }

  void add_notes(const std::vector<Slab*>& notes) {
    if (notes.empty()) return;
    foot_h_ += notes_height(notes);
    foot_.insert(foot_.end(), notes.begin(), notes.end());
  }

  // Places a copy of s (a table header, placed on every page it repeats on).
  void put(const Slab& s, double space) {
    Slab copy = s;
    take(copy, space);
  }

  // Moves s's boxes onto the page: each slab is placed once, so the flow
  // gives up its boxes as the pages fill (a book's boxes are tens of MB).
  void take(Slab& s, double space) {
    auto& boxes = pages_.back().boxes;
    const double top = g_.margin + y_ + space;
    for (auto& b : s.boxes) {
      b.x += g_.margin;
      for (auto& piece : b.pieces) piece.x += g_.margin;
      b.y += top;
      if (b.stretch_up) {
        b.y -= space;
        b.h += space;
      }
      boxes.push_back(std::move(b));
    }
    s.boxes = std::vector<Box>();  // not {}: that would keep the capacity
    y_ += space + s.height;
  }

  void new_page() {
    if (!pages_.empty()) close_page();
    pages_.emplace_back();
    y_ = 0;
    foot_.clear();
    foot_h_ = 0;
    // Notes carried over from the last page come first; at most half a page
    // of them, so that the page still carries the text that follows.
    std::vector<Slab*> waiting;
    waiting.swap(carry_);
    for (auto* n : waiting) {
      const double h = notes_height({n});
      if (carry_.empty() && (foot_.empty() || foot_h_ + h <= avail_ / 2)) add_notes({n});
      else carry_.push_back(n);
    }
  }

  void close_page() {
    if (foot_.empty()) return;
    auto& boxes = pages_.back().boxes;
    const double top = g_.margin + avail_ - foot_h_;
    Box rule;
    rule.kind = BoxKind::Line;
    rule.x = g_.margin;
    rule.y = top + kNoteRule / 2;
    rule.w = g_.text_width() / 3;
    rule.color = kRuleColor;
    rule.line_width = 0.5;
    boxes.push_back(rule);
    const double saved = y_;
    y_ = avail_ - foot_h_ + kNoteRule;
    bool first = true;
    for (auto* n : foot_) {
      take(*n, first ? 0 : n->space_before);
      first = false;
    }
    y_ = saved;
    foot_.clear();
  }

  Flow& flow_;
  PageGeometry g_;
  double avail_;
  std::vector<Page> pages_;
  double y_ = 0;
  std::vector<Slab*> foot_;
  double foot_h_ = 0;
  std::vector<Slab*> carry_;
  std::set<int> cited_;
};

}  // namespace

std::vector<Page> paginate(Flow flow, const PageGeometry& geometry) {
  return Paginator(flow, geometry).run();
}

}  // namespace mdexport::pdf
