#include "formats/xhtml/page.hpp"

#include <algorithm>

#include "html/inline_tags.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

// pugixml hands its output over in pieces of a few kilobytes.
class SinkWriter : public pugi::xml_writer {
 public:
  explicit SinkWriter(Sink& out) : out_(out) {}
  void write(const void* data, size_t size) override { out_.write(data, size); }

 private:
  Sink& out_;
};

}  // namespace

void add_xml_declaration(pugi::xml_document& doc) {
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
}

pugi::xml_node start_xhtml_page(pugi::xml_document& doc, std::string_view title, std::string_view lang,
                                std::string_view stylesheet_href, bool epub) {
  add_xml_declaration(doc);
  doc.append_child(pugi::node_doctype).set_value("html");
  auto html = doc.append_child("html");
  html.append_attribute("xmlns") = "http://www.w3.org/1999/xhtml";
  if (epub) html.append_attribute("xmlns:epub") = "http://www.idpf.org/2007/ops";
  const std::string language = xml_text(lang);
  html.append_attribute("lang") = language.c_str();
  html.append_attribute("xml:lang") = language.c_str();
  html.append_child(pugi::node_pcdata).set_value("\n");
  auto head = html.append_child("head");
  head.append_child("meta").append_attribute("charset") = "utf-8";
  head.append_child("title").text().set(xml_text(title).c_str());
  if (!stylesheet_href.empty()) {
    auto link = head.append_child("link");
    link.append_attribute("rel") = "stylesheet";
    link.append_attribute("type") = "text/css";
    link.append_attribute("href") = std::string(stylesheet_href).c_str();
  }
  html.append_child(pugi::node_pcdata).set_value("\n");
  auto body = html.append_child("body");
  html.append_child(pugi::node_pcdata).set_value("\n");
  return body;
}

void close_empty_elements(pugi::xml_node root) {
  if (root.type() == pugi::node_element && !root.first_child() && !is_void_tag(root.name()))
    root.append_child(pugi::node_pcdata);
  // Iterative: the body may be deep, and recursion is not needed.
  for (auto node = root.first_child(); node;) {
    if (node.type() == pugi::node_element && !node.first_child() && !is_void_tag(node.name()))
      node.append_child(pugi::node_pcdata);
    if (node.first_child() && node.type() == pugi::node_element) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling() && node != root) node = node.parent();
    if (!node || node == root) break;
    node = node.next_sibling();
  }
}

void write_xml(pugi::xml_node node, Sink& out, bool indent) {
  close_empty_elements(node);
  SinkWriter writer(out);
  const unsigned flags = (indent ? pugi::format_indent : pugi::format_raw) | pugi::format_no_declaration;
  if (node.type() == pugi::node_document) {
    // pugixml writes the declaration and doctype on one line with the root;
    // a newline after each reads better and changes nothing.
    for (auto child = node.first_child(); child; child = child.next_sibling()) {
      child.print(writer, "  ", flags, pugi::encoding_utf8);
      if (!indent) out.write("\n");
    }
  } else {
    node.print(writer, "  ", flags, pugi::encoding_utf8);
  }
}

std::string serialize_xml(pugi::xml_node node, bool indent) {
  StringSink out;
  write_xml(node, out, indent);
  return out.take();
}

}  // namespace mdexport
