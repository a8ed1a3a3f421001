#include "formats/html/html_writer.hpp"

#include "formats/html/html_images.hpp"
#include "formats/xhtml/body_writer.hpp"
#include "formats/xhtml/page.hpp"
#include "formats/xhtml/stylesheet.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

std::string escape(std::string_view s) {
  std::string out;
  append_escaped(xml_text(s), out);
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string head(const doc::Metadata& m, const std::string& css) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape(m.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"mdexport " MDEXPORT_VERSION "\">\n";
  out += "<title>" + escape(m.title.empty() ? "Untitled" : m.title) + "</title>\n";
  if (!m.authors.empty()) out += "<meta name=\"author\" content=\"" + escape(joined(m.authors)) + "\">\n";
  if (!m.description.empty()) out += "<meta name=\"description\" content=\"" + escape(m.description) + "\">\n";
  if (!m.keywords.empty()) out += "<meta name=\"keywords\" content=\"" + escape(joined(m.keywords)) + "\">\n";
  // The style element's content is raw text in HTML: only "</style" could
  // end it early.
  std::string style = css;
  for (auto at = style.find("</"); at != std::string::npos; at = style.find("</", at + 3)) style.replace(at, 2, "<\\/");
  out += "<style>\n" + style + "\n</style>\n</head>\n";
  return out;
}

// A title block unless the document opens with the title as a heading.
void title_block(const doc::Document& d, pugi::xml_node body) {
  const auto& m = d.meta;
  const bool first_is_title = !d.blocks.empty() && d.blocks[0].kind == doc::BlockKind::Heading &&
                              d.blocks[0].level == 1 && doc::plain_text(d.blocks[0].inlines) == m.title;
  if (m.title.empty() || first_is_title) return;
  auto header = body.append_child("header");
  header.append_attribute("class") = "titleblock";
  header.append_child("h1").append_attribute("class") = "title";
  header.child("h1").text().set(xml_text(m.title).c_str());
  auto line = [&](const char* cls, const std::string& text) {
    if (text.empty()) return;
    auto p = header.append_child("p");
    p.append_attribute("class") = cls;
    p.text().set(xml_text(text).c_str());
  };
  line("subtitle", m.subtitle);
  line("authors", joined(m.authors));
  line("date", m.date);
  body.append_child(pugi::node_pcdata).set_value("\n");
}

class HtmlWriter : public Writer {
 public:
  void write(const doc::Document& d, const WriteOptions& opts, Diagnostics& diag, Sink& out) const override {
    const auto css = load_stylesheet(opts.css);
    HtmlImages images(ResourcePolicy(opts.resource_dir, opts.resource_paths));
    BodyOptions body_opts;
    body_opts.epub_types = false;
    body_opts.relative_links = true;
    BodyWriter writer(d, images, diag, body_opts);
    pugi::xml_document tree;
    auto body = tree.append_child("body");
    body.append_child(pugi::node_pcdata).set_value("\n");
    title_block(d, body);
    writer.blocks(d.blocks, body);
    if (!d.footnotes.empty()) {
      auto notes = body.append_child("section");
      notes.append_attribute("class") = "footnotes";
      notes.append_attribute("role") = "doc-endnotes";
      notes.append_child(pugi::node_pcdata).set_value("\n");
      for (int n = 1; n <= static_cast<int>(d.footnotes.size()); ++n) writer.footnote(n, notes);
      body.append_child(pugi::node_pcdata).set_value("\n");
    }
    writer.resolve_links();
    out.write(head(d.meta, css));
    write_xml(body, out);
    out.write("\n</html>\n");
  }
};

}  // namespace

std::unique_ptr<Writer> make_html_writer() { return std::make_unique<HtmlWriter>(); }

}  // namespace mdexport
