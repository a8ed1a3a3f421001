#include "formats/xhtml/anchors.hpp"

#include <cctype>

#include "html/url.hpp"
#include "html/xml_names.hpp"

namespace mdexport {

std::string Anchors::unique(std::string_view wanted) {
  const std::string base = xml_id(wanted);
  std::string id = base;
  // Ids are never released, so the first free suffix of a base only grows:
  // the search resumes where the last one for this base ended.
  if (used_.contains(id)) {
    int& n = next_suffix_[base];
    do id = base + "-" + std::to_string(++n);
    while (used_.contains(id));
  }
  used_.insert(id);
  return id;
}

void Anchors::name(std::string_view name, const std::string& id) { names_.emplace(std::string(name), id); }

std::string Anchors::find(std::string_view name) const {
  if (auto it = names_.find(std::string(name)); it != names_.end()) return it->second;
  std::string decoded = percent_decode(name);
  if (auto it = names_.find(decoded); it != names_.end()) return it->second;
  for (auto& c : decoded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (auto it = names_.find(decoded); it != names_.end()) return it->second;
  return "";
}

}  // namespace mdexport
