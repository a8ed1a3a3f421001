#include "formats/text/inline_text.hpp"

#include <algorithm>

#include "html/html_inlines.hpp"

namespace mdexport {
namespace {

void render(const doc::Inlines& inlines, LinkList& links, std::string& out);

void wrap_in(std::string_view mark, const doc::Inlines& children, LinkList& links, std::string& out) {
  out += mark;
  render(children, links, out);
  out += mark;
}

void link(const doc::Inline& in, LinkList& links, std::string& out) {
  const auto start = out.size();
  render(in.children, links, out);
  const std::string_view text = std::string_view(out).substr(start);
  // In-document links and bare URLs need no note: the text says it all.
  if (in.url.empty() || in.url.starts_with('#')) return;
  if (text == in.url || "mailto:" + std::string(text) == in.url) return;
  out += " [" + std::to_string(links.number(in.url)) + "]";
}

// x<sup>2</sup> as x², H<sub>2</sub>O as H₂O: in Unicode's superscript
// or subscript forms when it is plain text and every character has one,
// else as it is.
void script(const doc::Inline& in, LinkList& links, std::string& out) {
  static constexpr std::string_view kPlain = "0123456789+-=()";
  static const char* const kSuper[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁺", "⁻", "⁼", "⁽", "⁾"};
  static const char* const kSub[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉", "₊", "₋", "₌", "₍", "₎"};
  const bool plain = std::all_of(in.children.begin(), in.children.end(), [](const doc::Inline& c) {
    return c.kind == doc::InlineKind::Text || c.kind == doc::InlineKind::RawHtml;
  });
  const auto text = doc::plain_text(in.children);
  if (!plain || text.empty() || text.find_first_not_of(kPlain) != std::string::npos) {
    render(in.children, links, out);
    return;
  }
  const auto* forms = in.kind == doc::InlineKind::Superscript ? kSuper : kSub;
  for (const char c : text) out += forms[kPlain.find(c)];
}

void render(const doc::Inlines& inlines, LinkList& links, std::string& out) {
  for (const auto& in : inlines) {
    switch (in.kind) {
      case doc::InlineKind::Text:
      case doc::InlineKind::Code: {
        // Newlines inside code spans are already spaces; tabs would misalign.
        const auto start = out.size();
        out += in.text;
        for (auto i = start; i < out.size(); ++i)
          if (out[i] == '\n' || out[i] == '\t') out[i] = ' ';
        break;
      }
      case doc::InlineKind::SoftBreak: out += ' '; break;
      case doc::InlineKind::LineBreak: out += '\n'; break;
      case doc::InlineKind::Emphasis: wrap_in("_", in.children, links, out); break;
      case doc::InlineKind::Strong: wrap_in("*", in.children, links, out); break;
      case doc::InlineKind::Strikethrough: wrap_in("~~", in.children, links, out); break;
      case doc::InlineKind::Superscript:
      case doc::InlineKind::Subscript: script(in, links, out); break;
      case doc::InlineKind::Link: link(in, links, out); break;
      case doc::InlineKind::Image: {
        const auto alt = doc::plain_text(in.children);
        out += alt.empty() ? "[image]" : "[image: " + alt + "]";
        break;
      }
      case doc::InlineKind::FootnoteRef: out += "[^" + std::to_string(in.number) + "]"; break;
      case doc::InlineKind::RawHtml: break;  // inline_text folded it into inlines
    }
  }
}

}  // namespace

int LinkList::number(const std::string& url) {
  const auto [found, added] = numbers_.try_emplace(url, static_cast<int>(urls_.size()) + 1);
  if (added) urls_.push_back(url);
  return found->second;
}

std::string inline_text(const doc::Inlines& inlines, LinkList& links) {
  std::string out;
  // Folded a list at a time: a copy of the whole document cost a README
  // 1.6% of its instructions.
  if (doc::has_raw_html(inlines)) render(fold_inline_html(inlines), links, out);
  else render(inlines, links, out);
  return out;
}

}  // namespace mdexport
