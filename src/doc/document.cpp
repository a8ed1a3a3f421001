#include "doc/document.hpp"

namespace doc {
namespace {

void append_plain(const Inlines& inlines, std::string& out) {
  for (const auto& in : inlines) {
    switch (in.kind) {
      case InlineKind::Text:
      case InlineKind::Code: out += in.text; break;
      case InlineKind::SoftBreak:
      case InlineKind::LineBreak: out += ' '; break;
      case InlineKind::RawHtml:
      case InlineKind::FootnoteRef: break;
      default: append_plain(in.children, out); break;
    }
  }
}

}  // namespace

Inline inline_of(InlineKind kind, std::string text) {
  Inline in;
  in.kind = kind;
  in.text = std::move(text);
  return in;
}

std::string plain_text(const Inlines& inlines) {
  std::string out;
  append_plain(inlines, out);
  return out;
}

bool has_raw_html(const Inlines& inlines) {
  for (const auto& in : inlines)
    if (in.kind == InlineKind::RawHtml || has_raw_html(in.children)) return true;
  return false;
}

}  // namespace doc
