#include "formats/pdf/runs.hpp"

#include "formats/pdf/bidi.hpp"
#include "formats/pdf/font_metrics.hpp"

namespace mdexport::pdf {
namespace {

class Collector {
 public:
  Collector(const ImageFilter& show_image, std::vector<Run>& out) : show_image_(show_image), out_(out) {}

  void inlines(const doc::Inlines& list, const RunStyle& style) {
    for (const auto& in : list) inline_(in, style);
  }

 private:
  void text(std::string_view t, const RunStyle& style) {
    if (t.empty()) return;
    auto drawable = drawable_text(t);
    // Consecutive text in one style is one run: fewer, longer runs to break.
    if (!out_.empty()) {
      auto& last = out_.back();
      if (!last.line_break && !last.image && last.footnote == 0 && !last.style.framed && same(last.style, style)) {
        last.text += drawable;
        return;
      }
    }
    out_.push_back(Run{std::move(drawable), style});
  }

  static bool same(const RunStyle& a, const RunStyle& b) {
    return a.face == b.face && a.size == b.size && a.color == b.color && a.code == b.code &&
           a.strike == b.strike && a.framed == b.framed && a.superscript == b.superscript && a.subscript == b.subscript &&
           a.link == b.link;
  }

  static RunStyle restyle(RunStyle s, bool bold, bool italic) {
    s.face = face_of(family_of(s.face), bold || is_bold(s.face), italic || is_italic(s.face));
    return s;
  }

  void inline_(const doc::Inline& in, const RunStyle& style) {
    switch (in.kind) {
      case doc::InlineKind::Text: text(in.text, style); break;
      case doc::InlineKind::SoftBreak: text(" ", style); break;
      case doc::InlineKind::LineBreak: out_.push_back(Run{"", style, true}); break;
      case doc::InlineKind::Code: {
        RunStyle s = style;
        s.face = face_of(Family::Mono, is_bold(style.face), is_italic(style.face));
        s.code = true;
        text(in.text, s);
        break;
      }
      case doc::InlineKind::Emphasis: inlines(in.children, restyle(style, false, true)); break;
      case doc::InlineKind::Strong: inlines(in.children, restyle(style, true, false)); break;
      case doc::InlineKind::Strikethrough: {
        RunStyle s = style;
        s.strike = true;
        inlines(in.children, s);
        break;
      }
      case doc::InlineKind::Superscript:
      case doc::InlineKind::Subscript: {
        RunStyle s = style;
        s.superscript = in.kind == doc::InlineKind::Superscript;
        s.subscript = !s.superscript;
        s.size = style.size * 0.7;
        inlines(in.children, s);
        break;
      }
      case doc::InlineKind::Link: {
        RunStyle s = style;
        if (!in.url.empty() && in.url.size() <= kMaxLinkBytes) {
          s.link = in.url;
          s.color = kLinkColor;
        }
        inlines(in.children, s);
        break;
      }
      case doc::InlineKind::Image: image(in, style); break;
      case doc::InlineKind::FootnoteRef: {
        RunStyle s = style;
        s.superscript = true;
        s.size = style.size * 0.7;
        s.link = "#fn:" + std::to_string(in.number);
        s.color = kLinkColor;
        out_.push_back(Run{std::to_string(in.number), s, false, in.number});
        break;
      }
      case doc::InlineKind::RawHtml: break;  // with_inline_html_folded made it inlines
    }
  }

  void image(const doc::Inline& in, const RunStyle& style) {
    if (show_image_(in)) {
      Run run{"", style};
      run.image = &in;
      out_.push_back(std::move(run));
      return;
    }
    RunStyle s = style;
    s.framed = true;
    const auto alt = doc::plain_text(in.children);
    // Frames never join: each missing image is one framed box.
    out_.push_back(Run{drawable_text(alt.empty() ? "image" : alt), s});
  }

  const ImageFilter& show_image_;
  std::vector<Run>& out_;
};

}  // namespace

std::vector<Run> collect_runs(const doc::Inlines& inlines, const RunStyle& base, const ImageFilter& show_image) {
  std::vector<Run> out;
  Collector(show_image, out).inlines(inlines, base);
  // Shaped once the runs are whole, so letters join across merged text.
  for (auto& r : out) r.text = shape_arabic(r.text);
  return out;
}

}  // namespace mdexport::pdf
