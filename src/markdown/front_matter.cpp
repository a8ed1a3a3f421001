#include "markdown/front_matter.hpp"

#include <yaml-cpp/yaml.h>

namespace mdexport {
namespace {

bool is_fence(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == fence;
}

std::string scalar_text(const YAML::Node& node) {
  if (node.IsScalar()) return node.Scalar();
  YAML::Emitter out;
  out << YAML::Flow << node;
  return out.c_str();
}

std::vector<std::string> string_list(const YAML::Node& node) {
  std::vector<std::string> items;
  if (node.IsSequence()) {
    for (const auto& item : node) {
      if (item.IsMap() && item["name"]) items.push_back(scalar_text(item["name"]));
      else items.push_back(scalar_text(item));
    }
  } else if (node.IsScalar() && !node.Scalar().empty()) {
    items.push_back(node.Scalar());
  }
  return items;
}

void apply(const std::string& key, const YAML::Node& value, doc::Metadata& meta) {
  if (key == "author" || key == "authors") meta.authors = string_list(value);
  else if (key == "keywords" || key == "tags") meta.keywords = string_list(value);
  else if (value.IsScalar()) meta.set(key, value.Scalar());
  else if (!value.IsNull()) meta.extra[key] = scalar_text(value);
}

}  // namespace

FrontMatter read_front_matter(std::string_view text, const Diagnostics& diag) {
  FrontMatter result;
  result.body = text;
  const auto first_end = text.find('\n');
  if (first_end == std::string_view::npos || !is_fence(text.substr(0, first_end), "---")) return result;

  // Find the closing fence; without one this is not front matter but a
  // thematic break, as GitHub treats it.
  std::size_t pos = first_end + 1;
  int line = 2;
  std::size_t yaml_end = std::string_view::npos;
  std::size_t body_start = text.size();
  while (pos < text.size()) {
    const auto end = text.find('\n', pos);
    const auto this_line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (is_fence(this_line, "---") || is_fence(this_line, "...")) {
      yaml_end = pos;
      body_start = end == std::string_view::npos ? text.size() : end + 1;
      break;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  if (yaml_end == std::string_view::npos) return result;

  const std::string yaml(text.substr(first_end + 1, yaml_end - first_end - 1));
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::ParserException& e) {
    throw diag.error({e.mark.line + 2, e.mark.column + 1}, "invalid front matter: " + e.msg);
  }
  // Valid YAML that is not a mapping ("---\nFoo\n---") is Markdown: a
  // thematic break and a setext heading, as CommonMark and GitHub read it.
  if (!root.IsMap() && !root.IsNull()) return result;
  for (const auto& entry : root) {
    const auto key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    if (!key.empty()) apply(key, entry.second, result.meta);
  }
  result.body = text.substr(body_start);
  result.body_first_line = line + 1;
  return result;
}

}  // namespace mdexport
