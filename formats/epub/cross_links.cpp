#include "formats/epub/cross_links.hpp"

#include <unordered_map>

namespace mdexport {
namespace {

// Calls visit(element) for every element under root, without recursion.
template <typename Visit>
void each_element(pugi::xml_node root, Visit visit) {
  for (auto node = root.first_child(); node;) {
    if (node.type() == pugi::node_element) visit(node);
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling() && node != root) node = node.parent();
    if (!node || node == root) break;
    node = node.next_sibling();
  }
}

}  // namespace

void point_links_across_files(const std::vector<BookFile>& files) {
  std::unordered_map<std::string, const std::string*> file_of;
  for (const auto& f : files)
    each_element(f.root, [&](pugi::xml_node el) {
      if (auto id = el.attribute("id")) file_of.emplace(id.value(), &f.name);
    });
  for (const auto& f : files)
    each_element(f.root, [&](pugi::xml_node el) {
      auto href = el.attribute("href");
      if (!href || href.value()[0] != '#' || std::string_view(el.name()) != "a") return;
      const auto it = file_of.find(href.value() + 1);
      if (it != file_of.end() && *it->second != f.name) href.set_value((*it->second + href.value()).c_str());
    });
}

}  // namespace mdexport
