#include "formats/pdf/flow_builder.hpp"

#include <algorithm>

#include "formats/pdf/code_layout.hpp"
#include "formats/pdf/line_boxes.hpp"
#include "formats/pdf/table_layout.hpp"
#include "html/html_text.hpp"
#include "markdown/html_anchors.hpp"

namespace mdexport::pdf {
namespace {

constexpr double kBodyLeading = 1.4;
constexpr double kHeadingLeading = 1.25;
constexpr double kCodeScale = 0.88;    // code is set smaller than body text
constexpr double kQuoteIndent = 14;
// Deep nesting stops indenting when the column would get narrower than this,
// so that text never runs off the right edge.
constexpr double kMinColumn = 144;
constexpr double kPixel = 0.75;        // points per CSS pixel (96 dpi)
constexpr std::uint32_t kTextColor = 0x111111;
constexpr std::uint32_t kHeadingColor = 0x1F1F1F;
constexpr std::uint32_t kQuoteColor = 0x444444;
constexpr std::uint32_t kQuoteBar = 0xC8C8C8;
constexpr std::uint32_t kRuleColor = 0xAAAAAA;
constexpr std::uint32_t kLeaderColor = 0x999999;
constexpr double kHeadingScale[] = {2.0, 1.6, 1.3, 1.15, 1.0, 0.9};
constexpr const char* kBullets[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\xA2"};  // • – •

Box make_box(BoxKind kind, double x, double y, double w, double h, std::uint32_t color) {
  Box b;
  b.kind = kind;
  b.x = x;
  b.y = y;
  b.w = w;
  b.h = h;
  b.color = color;
  return b;
}

Box text_box(std::string text, double x, double baseline, int face, double size, std::uint32_t color) {
  Box b = make_box(BoxKind::Text, x, baseline, 0, 0, color);
  b.text = std::move(text);
  b.face = face;
  b.size = size;
  return b;
}

void add_inline_targets(const doc::Inlines& inlines, std::set<std::string>& ids) {
  for (const auto& in : inlines) {
    if (in.kind == doc::InlineKind::RawHtml) collect_html_anchors(in.text, ids);
    add_inline_targets(in.children, ids);
  }
}

// The link targets raw HTML tags among inlines define, as in
// '<a name="setup"></a>' on a line of its own or before a heading's text.
std::vector<std::string> inline_targets(const doc::Inlines& inlines) {
  std::set<std::string> ids;
  add_inline_targets(inlines, ids);
  return {ids.begin(), ids.end()};
}

}  // namespace

FlowBuilder::FlowBuilder(const FontMetrics& metrics, const PageGeometry& page, double font_size,
                         ResourcePolicy resources, Diagnostics& diag, bool ragged,
                         const std::string& lang)
    : metrics_(metrics),
      page_(page),
      size_(font_size),
      resources_(std::move(resources)),
      diag_(diag),
      ragged_(ragged),
      lang_(lang),
      hyphenator_(lang) {}

double FlowBuilder::measure(const RunStyle& s, std::string_view text) const { return metrics_.width(s.face, s.size, text); }

RunStyle FlowBuilder::body_style(const Ctx& c) const {
  RunStyle s;
  s.face = face_of(Family::Body, false, false);
  s.size = c.size;
  s.color = c.color;
  return s;
}

bool FlowBuilder::show_image(const doc::Inline& in) {
  auto found = images_.find(in.url);
  if (found == images_.end()) {
    found = images_.emplace(in.url, inspect_image(in.url, resources_)).first;
    if (found->second.type != ImageType::None) diag_.depend(found->second.path.string());
  }
  if (found->second.type != ImageType::None) return true;
  if (warned_.emplace(in.pos.line, in.pos.column, in.url).second)
    diag_.warn(in.pos, found->second.problem + "; showing its alt text");
  return false;
}

void FlowBuilder::warn_long_links(const doc::Inlines& inlines) {
  for (const auto& in : inlines) {
    if (in.kind == doc::InlineKind::Link && in.url.size() > kMaxLinkBytes &&
        long_links_.emplace(in.pos.line, in.pos.column).second)
      diag_.warn(in.pos, "a link's URL is longer than " + std::to_string(kMaxLinkBytes) +
                             " bytes; it is set as plain text");
    warn_long_links(in.children);
  }
}

std::vector<Run> FlowBuilder::runs(const doc::Inlines& inlines, const RunStyle& style) {
  warn_long_links(inlines);
  return collect_runs(inlines, style, [this](const doc::Inline& in) { return show_image(in); });
}

void FlowBuilder::emit(Slab slab) {
  slab.space_before = std::max(slab.space_before, gap_);
  gap_ = 0;
  if (pending_page_break_) slab.page_break_before = true;
  pending_page_break_ = false;
  out_->push_back(std::move(slab));
}

void FlowBuilder::paragraph(const std::vector<Run>& all, const Ctx& c, double leading, bool keep, bool centred,
                            bool body) {
  const Measure m = [this](const RunStyle& s, std::string_view t) { return measure(s, t); };
  BreakOptions opts;
  opts.lang = lang_;
  if (body) {
    opts.justify = !ragged_;
    opts.hyphenator = &hyphenator_;
  }
  // Sets runs (no image among them) as lines, each a slab as soon as it
  // is set: a long paragraph's lines are never all held.
  auto set = [&](const std::vector<Run>& runs) {
    if (runs.empty()) return;
    const std::size_t first = out_->size();
    std::size_t count = 0;
    break_lines(runs, c.width, m, opts, [&](Line line) {
      const auto lm = line_metrics(line, runs, c.size, leading);
      Slab slab;
      slab.height = lm.height;
      slab.keep_with_next = keep;
      const double slack = std::max(0.0, c.width - line.width);
      const double x = c.left + (centred ? slack / 2 : line.rtl ? slack : 0);
      line_boxes(line, runs, x, lm.baseline, slab.boxes);
      slab.notes = cited_notes(line, runs);
      emit(std::move(slab));
      ++count;
    });
    // No orphan (a first line alone at a page's foot) and no widow (a last
    // line alone at a page's top): the first line and the one before the
    // last stay with the line that follows.
    if (body && count > 1) {
      (*out_)[first].keep_with_next = true;
      (*out_)[first + count - 2].keep_with_next = true;
    }
  };
  // Most paragraphs have no image: their runs are set where they are, not
  // copied (a long paragraph's are as big as its text).
  if (std::none_of(all.begin(), all.end(), [](const Run& r) { return r.image; })) return set(all);
  std::vector<Run> segment;
  auto flush = [&] {
    set(segment);
    segment.clear();
  };
  for (const auto& run : all) {
    if (run.image) {
      flush();
      image(run, c);
    } else {
      segment.push_back(run);
    }
  }
  flush();
}

void FlowBuilder::image(const Run& run, const Ctx& c) {
  const auto& info = images_.at(run.image->url);
  double w = info.width * kPixel, h = info.height * kPixel;
  // Raw HTML's width and height, the missing one keeping the proportions.
  const double want_w = run.image->width * kPixel, want_h = run.image->height * kPixel;
  if (want_w > 0 && want_h > 0) {
    w = want_w;
    h = want_h;
  } else if (want_w > 0) {
    h *= want_w / w;
    w = want_w;
  } else if (want_h > 0) {
    w *= want_h / h;
    h = want_h;
  }
  // Never wider than the column, never taller than a page (less a little
  // room so that it fits below a line of text on an otherwise empty page).
  const double scale = std::min({1.0, c.width / w, (page_.text_height() - 4) / h});
  w *= scale;
  h *= scale;
  Slab slab;
  slab.height = h + 4;  // 2 pt above and below (paginate's kPicturePad)
  slab.space_before = c.size * 0.3;
  // Rather than leave a gap, a picture shrinks into the rest of a page,
  // but never below half its size: then it goes to the next page.
  slab.min_scale = 0.5;
  Box b = make_box(BoxKind::Image, c.left + (c.width - w) / 2, 2, w, h, 0);
  b.text = info.path.string();
  b.title = doc::plain_text(run.image->children);
  b.source = run.image->url;
  b.line = run.image->pos.line;
  b.column = run.image->pos.column;
  slab.boxes.push_back(b);
  if (!run.style.link.empty()) {
    Box link = make_box(BoxKind::Link, b.x, b.y, w, h, 0);
    link.text = run.style.link;
    slab.boxes.push_back(link);
  }
  emit(std::move(slab));
  gap(c.size * 0.3);
}

void FlowBuilder::title_block(const doc::Document& d) {
  const auto& m = d.meta;
  const bool repeated = !d.blocks.empty() && d.blocks[0].kind == doc::BlockKind::Heading && d.blocks[0].level == 1 &&
                        doc::plain_text(d.blocks[0].inlines) == m.title;
  if (m.title.empty() || repeated) return;
  Ctx c{0, page_.text_width(), size_, kHeadingColor};
  auto line = [&](const std::string& text, int face, double scale, std::uint32_t color, double space) {
    if (text.empty()) return;
    RunStyle s;
    s.face = face;
    s.size = size_ * scale;
    s.color = color;
    gap(space);
    paragraph({Run{drawable_text(text), s}}, c, kHeadingLeading, false, true);
  };
  line(m.title, face_of(Family::Heading, true, false), 2.2, kHeadingColor, 0);
  line(m.subtitle, face_of(Family::Heading, false, false), 1.35, kQuoteColor, size_ * 0.3);
  std::string authors;
  for (const auto& a : m.authors) authors += (authors.empty() ? "" : ", ") + a;
  line(authors, face_of(Family::Body, false, true), 1.1, kTextColor, size_ * 0.8);
  line(m.date, face_of(Family::Body, false, false), 1.0, kTextColor, size_ * 0.2);
  gap(size_ * 2);
}

void FlowBuilder::contents(const std::vector<TocEntry>& entries) {
  if (entries.empty()) return;
  Ctx c{0, page_.text_width(), size_, kTextColor};
  RunStyle head;
  head.face = face_of(Family::Heading, true, false);
  head.size = size_ * kHeadingScale[0];
  head.color = kHeadingColor;
  gap(size_);
  paragraph({Run{"Contents", head}}, c, kHeadingLeading, true);
  gap(size_ * 0.6);
  const Measure m = [this](const RunStyle& s, std::string_view t) { return measure(s, t); };
  const double number_room = size_ * 3;
  for (const auto& e : entries) {
    RunStyle s = body_style(c);
    if (e.level == 1) s.face = face_of(Family::Body, true, false);
    const double indent = (e.level - 1) * size_ * 1.5;
    const std::vector<Run> r{Run{drawable_text(e.title), s}};
    const auto lines = break_lines(r, c.width - indent - number_room, m);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto lm = line_metrics(lines[i], r, c.size, kBodyLeading);
      Slab slab;
      slab.height = lm.height;
      slab.space_before = i == 0 && e.level == 1 ? size_ * 0.3 : 0;
      line_boxes(lines[i], r, indent, lm.baseline, slab.boxes);
      if (i + 1 == lines.size()) {
        const auto number = std::to_string(e.page);
        const double w = measure(s, number);
        // Dot leaders carry the eye from the title to its page number.
        const double from = indent + lines[i].width + c.size * 0.5, to = c.width - w - c.size * 0.5;
        if (to - from > c.size) {
          Box leader = make_box(BoxKind::Line, from, lm.baseline, to - from, 0, kLeaderColor);
          leader.line_width = 0.8;
          leader.dotted = true;
          slab.boxes.push_back(leader);
        }
        slab.boxes.push_back(text_box(number, c.width - w, lm.baseline, s.face, s.size, kTextColor));
      }
      Box link = make_box(BoxKind::Link, indent, 0, c.width - indent, lm.height, 0);
      link.text = "#" + e.id;
      slab.boxes.push_back(link);
      emit(std::move(slab));
    }
  }
  // The body starts on a page of its own.
  gap_ = 0;
  pending_page_break_ = true;
}

void FlowBuilder::body(const std::vector<doc::Block>& list) {
  Ctx c{0, page_.text_width(), size_, kTextColor};
  blocks(list, c);
}

void FlowBuilder::footnotes(const std::vector<doc::Footnote>& notes) {
  const double size = size_ * 0.85;
  const double indent = size * 2;
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const int number = static_cast<int>(i) + 1;
    out_ = &flow_.notes[number];
    Ctx c{indent, page_.text_width() - indent, size, kTextColor};
    c.tight = true;
    blocks(notes[i].blocks, c);
    if (out_->empty()) {
      Slab empty;
      empty.height = size * kBodyLeading;
      emit(std::move(empty));
    }
    auto& first = out_->front();
    first.space_before = size * 0.3;
    add_marker(first, std::to_string(number) + ".", indent - size * 0.5, c, doc::Task::None);
    Box anchor = make_box(BoxKind::Anchor, 0, 0, 0, 0, 0);
    anchor.text = "fn:" + std::to_string(number);
    first.boxes.push_back(anchor);
    gap_ = 0;
  }
  out_ = &flow_.body;
}

void FlowBuilder::blocks(const std::vector<doc::Block>& list, const Ctx& c) {
  for (const auto& b : list) block(b, c);
}

void FlowBuilder::block(const doc::Block& b, const Ctx& c) {
  const double para_gap = c.tight ? c.size * 0.15 : c.size * 0.65;
  switch (b.kind) {
    case doc::BlockKind::Paragraph: {
      gap(para_gap);
      const auto first = out_->size();
      paragraph(runs(b.inlines, body_style(c)), c, kBodyLeading, false, false, true);
      add_anchors_since(first, inline_targets(b.inlines), c);
      break;
    }
    case doc::BlockKind::Heading: heading(b, c); break;
    case doc::BlockKind::CodeBlock: gap(para_gap); code_block(b.text, c); break;
    case doc::BlockKind::HtmlBlock: gap(para_gap); html_block(b, c); break;
    case doc::BlockKind::BlockQuote: gap(para_gap); quote(b, c); break;
    case doc::BlockKind::List: gap(para_gap); list(b, c); break;
    case doc::BlockKind::ListItem: blocks(b.children, c); break;
    case doc::BlockKind::ThematicBreak: gap(para_gap); rule(c); break;
    case doc::BlockKind::Table: gap(para_gap); table(b, c); break;
  }
}

RunStyle FlowBuilder::heading_style(int level, const Ctx& c) const {
  RunStyle s;
  s.face = face_of(Family::Heading, true, false);
  s.size = c.size * kHeadingScale[level - 1];
  s.color = kHeadingColor;
  return s;
}

void FlowBuilder::heading(const doc::Block& b, const Ctx& c) {
  const int level = std::clamp(b.level, 1, 6);
  auto ids = inline_targets(b.inlines);
  ids.insert(ids.begin(), b.id);
  set_heading(runs(b.inlines, heading_style(level, c)), level, ids, doc::plain_text(b.inlines), false, c);
}

void FlowBuilder::set_heading(std::vector<Run> r, int level, const std::vector<std::string>& ids,
                              const std::string& title, bool centred, const Ctx& c) {
  const RunStyle s = heading_style(level, c);
  gap(s.size * (level <= 2 ? 0.9 : 0.8));
  const auto first = out_->size();
  if (r.empty()) r.push_back(Run{"", s});
  paragraph(r, c, kHeadingLeading, true, centred);
  if (out_->size() == first) return;
  // The first target is the heading's own, for the outline.
  add_anchors((*out_)[first], ids, level, title, c);
  if (level == 1) {
    Slab& last = out_->back();
    Box line = make_box(BoxKind::Line, c.left, last.height + 1, c.width, 0, kRuleColor);
    line.line_width = 0.6;
    last.boxes.push_back(line);
  }
  gap(s.size * 0.35);
}

void FlowBuilder::code_block(std::string_view text, const Ctx& c) {
  for (auto& slab : code_slabs(text, c.left, c.width, c.size * kCodeScale, metrics_)) emit(std::move(slab));
}

void FlowBuilder::add_anchors(Slab& slab, const std::vector<std::string>& ids, int level, const std::string& title,
                              const Ctx& c) {
  for (const auto& id : ids) {
    Box anchor = make_box(BoxKind::Anchor, c.left, 0, 0, 0, 0);
    anchor.text = id;
    anchor.level = &id == &ids.front() ? level : 0;
    anchor.title = title;
    slab.boxes.push_back(std::move(anchor));
  }
}

void FlowBuilder::add_anchors_since(std::size_t first, const std::vector<std::string>& ids, const Ctx& c) {
  if (ids.empty()) return;
  if (out_->size() > first) add_anchors((*out_)[first], ids, 0, "", c);
  else anchor_slab(ids, c);
}

// Targets with no text of their own (<a name="x"></a>) lead to what follows.
// They take no room: the gap before them stays for what follows.
void FlowBuilder::anchor_slab(const std::vector<std::string>& ids, const Ctx& c) {
  Slab slab;
  slab.keep_with_next = true;
  add_anchors(slab, ids, 0, "", c);
  const double pending = gap_;
  gap_ = 0;
  emit(std::move(slab));
  gap_ = pending;
}

// Raw HTML's text, its headings as headings, its link targets as anchors.
void FlowBuilder::html_block(const doc::Block& b, const Ctx& c) {
  const double para_gap = c.tight ? c.size * 0.15 : c.size * 0.65;
  for (const auto& para : html_paragraphs(b.text, b.pos)) {
    if (para.inlines.empty()) {
      anchor_slab(para.ids, c);
      continue;
    }
    const int level = std::clamp(para.heading, 0, 6);
    if (level && !para.preformatted) {
      set_heading(runs(para.inlines, heading_style(level, c)), level, para.ids, doc::plain_text(para.inlines),
                  para.centred, c);
      continue;
    }
    gap(para_gap);
    const auto first = out_->size();
    if (para.preformatted) code_block(para.inlines.front().text, c);
    else paragraph(runs(para.inlines, body_style(c)), c, kBodyLeading, false, para.centred, true);
    add_anchors_since(first, para.ids, c);
  }
}

void FlowBuilder::add_marker(Slab& slab, const std::string& text, double right, const Ctx& c, doc::Task task) {
  double baseline = slab.height * 0.7;
  for (const auto& b : slab.boxes)
    if (b.kind == BoxKind::Text) {
      baseline = b.y;
      break;
    }
  const int face = face_of(Family::Body, false, false);
  if (task != doc::Task::None) {
    const double side = c.size * 0.7;
    const double x = right - side;
    Box frame = make_box(BoxKind::Frame, x, baseline - side, side, side, 0x444444);
    frame.line_width = 0.6;
    slab.boxes.push_back(frame);
    if (task == doc::Task::Done) {
      Box a = make_box(BoxKind::Line, x + side * 0.2, baseline - side * 0.5, side * 0.25, side * 0.3, 0x222222);
      a.line_width = 1;
      Box b2 = make_box(BoxKind::Line, x + side * 0.45, baseline - side * 0.2, side * 0.4, -side * 0.65, 0x222222);
      b2.line_width = 1;
      slab.boxes.push_back(a);
      slab.boxes.push_back(b2);
    }
    return;
  }
  const double w = metrics_.width(face, c.size, text);
  // First in the slab, so that text extraction reads the number before the item.
  slab.boxes.insert(slab.boxes.begin(), text_box(text, right - w, baseline, face, c.size, c.color));
}

void FlowBuilder::list(const doc::Block& b, const Ctx& c) {
  const int face = face_of(Family::Body, false, false);
  double marker_w = metrics_.width(face, c.size, kBullets[0]);
  if (b.ordered) {
    const auto last = std::to_string(static_cast<long>(b.start) + static_cast<long>(b.children.size()) - 1);
    marker_w = metrics_.width(face, c.size, std::string(last.size(), '0') + ".");
  }
  const double indent = std::min(std::max(c.size * 1.5, marker_w + c.size * 0.6), std::max(0.0, c.width - kMinColumn));
  long number = b.start;
  bool first = true;
  for (const auto& item : b.children) {
    Ctx inner = c;
    inner.left += indent;
    inner.width -= indent;
    inner.tight = b.tight;
    inner.list_depth = c.list_depth + 1;
    if (!first) gap(b.tight ? c.size * 0.15 : c.size * 0.65);
    first = false;
    const auto start = out_->size();
    blocks(item.children, inner);
    if (out_->size() == start) {
      Slab empty;
      empty.height = c.size * kBodyLeading;
      emit(std::move(empty));
    }
    const std::string marker = b.ordered ? std::to_string(number++) + "." : kBullets[c.list_depth % 3];
    add_marker((*out_)[start], marker, c.left + indent - c.size * 0.5, c, item.task);
  }
}

void FlowBuilder::quote(const doc::Block& b, const Ctx& c) {
  Ctx inner = c;
  const double indent = std::min(kQuoteIndent, std::max(0.0, c.width - kMinColumn));
  inner.left += indent;
  inner.width -= indent;
  inner.color = kQuoteColor;
  inner.tight = false;
  const auto start = out_->size();
  blocks(b.children, inner);
  for (auto i = start; i < out_->size(); ++i) {
    auto& slab = (*out_)[i];
    Box bar = make_box(BoxKind::Fill, c.left + 2, 0, 2.5, slab.height, kQuoteBar);
    // Inside the quote the bar bridges the space between paragraphs.
    bar.stretch_up = i > start;
    slab.boxes.insert(slab.boxes.begin(), bar);
  }
}

void FlowBuilder::rule(const Ctx& c) {
  Slab slab;
  slab.height = c.size;
  Box line = make_box(BoxKind::Line, c.left, c.size / 2, c.width, 0, kRuleColor);
  line.line_width = 0.8;
  slab.boxes.push_back(line);
  emit(std::move(slab));
}

void FlowBuilder::table(const doc::Block& b, const Ctx& c) {
  TableFrame frame{c.left, c.width, page_.text_height() * 0.9};
  const Measure m = [this](const RunStyle& s, std::string_view t) { return measure(s, t); };
  auto cell_runs = [&](const doc::Inlines& inlines, double size, bool bold) {
    RunStyle s = body_style(c);
    s.size = size;
    if (bold) s.face = face_of(Family::Body, true, false);
    auto r = runs(inlines, s);
    // A picture in a cell shows as its alt text: cells are for text.
    for (auto& run : r)
      if (run.image) {
        run.style.framed = true;
        const auto alt = doc::plain_text(run.image->children);
        run.text = drawable_text(alt.empty() ? "image" : alt);
        run.image = nullptr;
      }
    return r;
  };
  auto slabs = table_slabs(b.table, frame, c.size * 0.92, cell_runs, m);
  if (slabs.empty()) return;
  flow_.headers.push_back(slabs.front());
  const int header = static_cast<int>(flow_.headers.size()) - 1;
  for (std::size_t i = 0; i < slabs.size(); ++i) {
    if (i > 0) slabs[i].repeat = header;
    emit(std::move(slabs[i]));
  }
}

}  // namespace mdexport::pdf
