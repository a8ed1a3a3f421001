#include "formats/epub/cross_links.hpp"

#include <string_view>
#include <unordered_map>
#include <utility>

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
  // One walk over the trees: ids found, and the internal links to look at
  // once every id is known.
  std::unordered_map<std::string_view, const std::string*> file_of;
  std::vector<std::pair<pugi::xml_attribute, const std::string*>> links;
  for (const auto& f : files)
    each_element(f.root, [&](pugi::xml_node el) {
      for (auto attr = el.first_attribute(); attr; attr = attr.next_attribute()) {
        const std::string_view name = attr.name();
        if (name == "id") file_of.emplace(attr.value(), &f.name);
        else if (name == "href" && attr.value()[0] == '#' && std::string_view(el.name()) == "a") links.emplace_back(attr, &f.name);
      }
    });
  for (auto& [href, file] : links) {
    const auto it = file_of.find(href.value() + 1);
    if (it != file_of.end() && *it->second != *file) href.set_value((*it->second + href.value()).c_str());
  }
}

}  // namespace mdexport
