#include "formats/text/inline_text.hpp"

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
  if (holds_inline_html(inlines)) render(fold_inline_html(inlines), links, out);
  else render(inlines, links, out);
  return out;
}

}  // namespace mdexport
