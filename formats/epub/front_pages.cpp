#include "formats/epub/front_pages.hpp"

#include "formats/xhtml/page.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

void line(pugi::xml_node parent, const char* element, const char* cls, const std::string& text) {
  if (text.empty()) return;
  auto el = parent.append_child(element);
  el.append_attribute("class") = cls;
  el.text().set(xml_text(text).c_str());
  parent.append_child(pugi::node_pcdata).set_value("\n");
}

}  // namespace

std::string title_page(const doc::Metadata& meta, const std::string& stylesheet_href) {
  pugi::xml_document doc;
  auto body = start_xhtml_page(doc, meta.title, meta.lang, stylesheet_href, true);
  auto section = body.append_child("section");
  section.append_attribute("epub:type") = "titlepage";
  section.append_attribute("class") = "titlepage";
  section.append_child(pugi::node_pcdata).set_value("\n");
  line(section, "h1", "title", meta.title);
  line(section, "p", "subtitle", meta.subtitle);
  std::string authors;
  for (const auto& a : meta.authors) authors += (authors.empty() ? "" : ", ") + a;
  line(section, "p", "authors", authors);
  line(section, "p", "date", meta.date);
  line(section, "p", "publisher", meta.publisher);
  line(section, "p", "rights", meta.rights);
  return serialize_xml(doc);
}

std::string cover_page(const doc::Metadata& meta, const std::string& image_href, const std::string& stylesheet_href) {
  pugi::xml_document doc;
  auto body = start_xhtml_page(doc, meta.title, meta.lang, stylesheet_href, true);
  auto section = body.append_child("section");
  section.append_attribute("epub:type") = "cover";
  section.append_attribute("class") = "cover";
  auto img = section.append_child("img");
  img.append_attribute("src") = image_href.c_str();
  img.append_attribute("alt") = xml_text("Cover: " + meta.title).c_str();
  return serialize_xml(doc);
}

}  // namespace mdexport
