#include "markdown/html_anchors.hpp"

#include <cctype>

#include "markdown/heading_ids.hpp"

namespace mdexport {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool starts_with_nocase(std::string_view s, std::size_t at, std::string_view prefix) {
  if (at + prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[at + i]) != prefix[i]) return false;
  return true;
}

// The value of an attribute whose name ends just before `at` ("=...").
std::string attribute_value(std::string_view html, std::size_t at) {
  while (at < html.size() && (html[at] == '=' || html[at] == ' ')) ++at;
  if (at >= html.size()) return {};
  const char quote = html[at];
  if (quote == '"' || quote == '\'') {
    const auto end = html.find(quote, at + 1);
    return end == std::string_view::npos ? std::string() : std::string(html.substr(at + 1, end - at - 1));
  }
  auto end = at;
  while (end < html.size() && html[end] != '>' && !std::isspace(static_cast<unsigned char>(html[end]))) ++end;
  return std::string(html.substr(at, end - at));
}

std::string text_without_tags(std::string_view html) {
  std::string text;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag) text += c;
  }
  return text;
}

}  // namespace

void collect_html_anchors(std::string_view html, std::set<std::string>& ids) {
  for (std::size_t i = 1; i < html.size(); ++i) {
    const bool after_space = std::isspace(static_cast<unsigned char>(html[i - 1]));
    if (after_space && (starts_with_nocase(html, i, "id=") || starts_with_nocase(html, i, "id ="))) {
      if (auto v = attribute_value(html, i + 2); !v.empty()) ids.insert(v);
    } else if (after_space && (starts_with_nocase(html, i, "name=") || starts_with_nocase(html, i, "name ="))) {
      if (auto v = attribute_value(html, i + 4); !v.empty()) ids.insert(v);
    } else if (html[i - 1] == '<' && lower(html[i]) == 'h' && i + 1 < html.size() && html[i + 1] >= '1' &&
               html[i + 1] <= '6') {
      const auto open_end = html.find('>', i);
      if (open_end == std::string_view::npos) continue;
      // Skip the closing tags of nested elements (<a>, <b>) up to </hN>.
      auto heading_end = html.find("</", open_end);
      while (heading_end != std::string_view::npos && !starts_with_nocase(html, heading_end, "</h"))
        heading_end = html.find("</", heading_end + 1);
      if (heading_end == std::string_view::npos) continue;
      ids.insert(github_slug(text_without_tags(html.substr(open_end + 1, heading_end - open_end - 1))));
    }
  }
}

}  // namespace mdexport
