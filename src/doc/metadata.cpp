#include "doc/metadata.hpp"

namespace doc {
namespace {

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    const auto comma = value.find(',', start);
    const auto end = comma == std::string::npos ? value.size() : comma;
    if (auto item = trim(value.substr(start, end - start)); !item.empty()) items.push_back(item);
    start = end + 1;
  }
  return items;
}

}  // namespace

void Metadata::set(const std::string& key, const std::string& value) {
  if (key == "title") title = value;
  else if (key == "subtitle") subtitle = value;
  else if (key == "author") authors = split_list(value);
  else if (key == "date") date = value;
  else if (key == "lang") lang = value;
  else if (key == "description") description = value;
  else if (key == "keywords") keywords = split_list(value);
  else if (key == "identifier") identifier = value;
  else if (key == "publisher") publisher = value;
  else if (key == "rights") rights = value;
  else if (key == "cover-image") cover_image = value;
  else extra[key] = value;
}

}  // namespace doc
