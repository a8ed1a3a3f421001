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
      case doc::InlineKind::Strikethrough:
      case doc::InlineKind::Superscript:
      case doc::InlineKind::Subscript: {
        const char* tag = element_name(in.kind);
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

const char* element_name(doc::InlineKind kind) {
  switch (kind) {
    case doc::InlineKind::Emphasis: return "em";
    case doc::InlineKind::Strong: return "strong";
    case doc::InlineKind::Superscript: return "sup";
    case doc::InlineKind::Subscript: return "sub";
    default: return "del";
  }
}

std::string inline_html(const doc::Inlines& inlines) {
  std::string out;
  render(inlines, out);
  return out;
}

}  // namespace mdexport
