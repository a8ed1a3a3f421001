#include "formats/epub/navigation.hpp"

#include <algorithm>

#include "formats/xhtml/page.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

// Builds the nesting of entries once for both documents: add(parent, entry)
// is called for each entry with the node of its parent entry (or root).
template <typename Node, typename Add>
void nest(const std::vector<TocEntry>& toc, Node root, Add add) {
  std::vector<std::pair<int, Node>> open{{0, root}};
  for (const auto& entry : toc) {
    while (open.size() > 1 && open.back().first >= entry.level) open.pop_back();
    open.emplace_back(entry.level, add(open.back().second, entry));
  }
}

}  // namespace

std::string nav_document(const std::string& title, const std::string& lang, const std::vector<TocEntry>& toc,
                         const std::vector<Landmark>& landmarks, const std::string& stylesheet_href) {
  pugi::xml_document doc;
  auto body = start_xhtml_page(doc, title, lang, stylesheet_href, true);
  auto nav = body.append_child("nav");
  nav.append_attribute("epub:type") = "toc";
  nav.append_attribute("role") = "doc-toc";
  nav.append_attribute("id") = "toc";
  nav.append_child("h1").text().set("Contents");
  auto root = nav.append_child("ol");
  // Each <li> gets its child <ol> only when a child arrives: an empty <ol>
  // is invalid in a navigation document.
  nest(toc, root, [](pugi::xml_node parent, const TocEntry& e) {
    auto list = std::string_view(parent.name()) == "ol" ? parent : parent.child("ol");
    if (!list) list = parent.append_child("ol");
    auto li = list.append_child("li");
    auto a = li.append_child("a");
    a.append_attribute("href") = e.href.c_str();
    a.text().set(xml_text(e.text).c_str());
    return li;
  });
  if (!landmarks.empty()) {
    auto marks = body.append_child("nav");
    marks.append_attribute("epub:type") = "landmarks";
    marks.append_attribute("id") = "landmarks";
    marks.append_attribute("hidden") = "hidden";
    marks.append_child("h2").text().set("Landmarks");
    auto list = marks.append_child("ol");
    for (const auto& m : landmarks) {
      auto a = list.append_child("li").append_child("a");
      a.append_attribute("epub:type") = m.type.c_str();
      a.append_attribute("href") = m.href.c_str();
      a.text().set(m.text.c_str());
    }
  }
  return serialize_xml(doc, true);
}

std::string ncx_document(const std::string& identifier, const std::string& title, const std::vector<TocEntry>& toc) {
  pugi::xml_document doc;
  add_xml_declaration(doc);
  auto ncx = doc.append_child("ncx");
  ncx.append_attribute("xmlns") = "http://www.daisy.org/z3986/2005/ncx/";
  ncx.append_attribute("version") = "2005-1";
  auto head = ncx.append_child("head");
  int depth = 0;
  auto meta = [&](const char* name, const std::string& content) {
    auto m = head.append_child("meta");
    m.append_attribute("name") = name;
    m.append_attribute("content") = content.c_str();
  };
  ncx.append_child("docTitle").append_child("text").text().set(xml_text(title).c_str());
  auto map = ncx.append_child("navMap");
  int order = 0;
  nest(toc, map, [&](pugi::xml_node parent, const TocEntry& e) {
    auto point = parent.append_child("navPoint");
    ++order;
    point.append_attribute("id") = ("np-" + std::to_string(order)).c_str();
    point.append_attribute("playOrder") = order;
    point.append_child("navLabel").append_child("text").text().set(xml_text(e.text).c_str());
    point.append_child("content").append_attribute("src") = e.href.c_str();
    int d = 0;
    for (auto p = point; std::string_view(p.name()) == "navPoint"; p = p.parent()) ++d;
    depth = std::max(depth, d);
    return point;
  });
  meta("dtb:uid", identifier);
  meta("dtb:depth", std::to_string(std::max(depth, 1)));
  meta("dtb:totalPageCount", "0");
  meta("dtb:maxPageNumber", "0");
  return serialize_xml(doc, true);
}

}  // namespace mdexport
