#include "formats/xhtml/inline_html.hpp"

#include "html/html_sanitize.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

void attribute(const char* name, std::string_view value, std::string& out) {
  out += ' ';
  out += name;
  out += "=\"";
  append_escaped(value, out);
  out += '"';
}

void position(const doc::SourcePos& pos, std::string& out) {
  if (pos.line > 0) attribute(kPosAttribute, std::to_string(pos.line) + ":" + std::to_string(pos.column), out);
}

void render(const doc::Inlines& inlines, std::string& out) {
  for (const auto& in : inlines) {
    switch (in.kind) {
      case doc::InlineKind::Text: append_escaped(in.text, out); break;
      case doc::InlineKind::SoftBreak: out += '\n'; break;
      case doc::InlineKind::LineBreak: out += "<br>\n"; break;
      case doc::InlineKind::Code:
        out += "<code>";
        append_escaped(in.text, out);
        out += "</code>";
        break;
      case doc::InlineKind::Emphasis:
      case doc::InlineKind::Strong:
      case doc::InlineKind::Strikethrough: {
        const char* tag = in.kind == doc::InlineKind::Emphasis ? "em" : in.kind == doc::InlineKind::Strong ? "strong" : "del";
        out += '<';
        out += tag;
        out += '>';
        render(in.children, out);
        out += "</";
        out += tag;
        out += '>';
        break;
      }
      case doc::InlineKind::Link:
        out += "<a";
        attribute("href", in.url, out);
        if (!in.title.empty()) attribute("title", in.title, out);
        position(in.pos, out);
        out += '>';
        render(in.children, out);
        out += "</a>";
        break;
      case doc::InlineKind::Image:
        out += "<img";
        attribute("src", in.url, out);
        attribute("alt", doc::plain_text(in.children), out);
        if (!in.title.empty()) attribute("title", in.title, out);
        position(in.pos, out);
        out += '>';
        break;
      case doc::InlineKind::FootnoteRef:
        out += "<";
        out += kNoteRefElement;
        attribute("n", std::to_string(in.number), out);
        out += "></";
        out += kNoteRefElement;
        out += '>';
        break;
      case doc::InlineKind::RawHtml: out += in.text; break;
    }
  }
}

}  // namespace

bool has_raw_html(const doc::Inlines& inlines) {
  for (const auto& in : inlines)
    if (in.kind == doc::InlineKind::RawHtml || has_raw_html(in.children)) return true;
  return false;
}

std::string inline_html(const doc::Inlines& inlines) {
  std::string out;
  render(inlines, out);
  return out;
}

}  // namespace mdexport
