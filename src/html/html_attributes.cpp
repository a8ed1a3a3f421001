#include "html/html_attributes.hpp"

#include <cctype>
#include <cstdlib>

#include "html/url.hpp"
#include "html/xml_names.hpp"
#include "markdown/heading_ids.hpp"

namespace mdexport {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool all_digits(std::string_view s, std::size_t max_len = 6) {
  if (s.empty() || s.size() > max_len) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// A CSS length from an HTML width/height: "120" is pixels, "50%" stays.
std::string css_length(std::string_view v) {
  if (all_digits(v)) return std::string(v) + "px";
  if (v.ends_with('%') && all_digits(v.substr(0, v.size() - 1), 3)) return std::string(v);
  if (v.ends_with("px") && all_digits(v.substr(0, v.size() - 2))) return std::string(v);
  return "";
}

bool css_color(std::string_view v) {
  if (v.starts_with('#')) {
    const auto hex = v.substr(1);
    if (hex.size() != 3 && hex.size() != 4 && hex.size() != 6 && hex.size() != 8) return false;
    for (char c : hex)
      if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    return true;
  }
  if (v.empty() || v.size() > 20) return false;
  for (char c : v)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

std::string trim_space(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n\f");
  return std::string(s.substr(first, last - first + 1));
}

std::string html_target(xmlNodePtr n, bool anchor, bool heading) {
  // Read as html_attributes reads values, without the whole list: this is
  // asked of every element.
  const char* name = anchor && !xmlHasProp(n, BAD_CAST "id") ? "name" : "id";
  if (xmlChar* value = xmlGetProp(n, BAD_CAST name)) {
    auto trimmed = trim_space(xml_text(reinterpret_cast<const char*>(value)));
    xmlFree(value);
    if (!trimmed.empty()) return trimmed;
  }
  if (!heading) return {};
  // GitHub gives raw HTML headings the same slug ids as Markdown ones,
  // and READMEs link to them ("[Install](#install)" to <h2>Install</h2>).
  xmlChar* content = xmlNodeGetContent(n);
  auto slug = github_slug(content ? reinterpret_cast<const char*>(content) : "");
  xmlFree(content);
  return slug;
}

HtmlAttributes html_attributes(xmlNodePtr n) {
  HtmlAttributes out;
  for (xmlAttrPtr a = n->properties; a; a = a->next) {
    std::string value;
    for (xmlNodePtr c = a->children; c; c = c->next)
      if (c->content) value += reinterpret_cast<const char*>(c->content);
    out.emplace_back(lower(reinterpret_cast<const char*>(a->name)), xml_text(value));
  }
  return out;
}

const std::string* find_attribute(const HtmlAttributes& attrs, std::string_view name) {
  for (const auto& [k, v] : attrs)
    if (k == name) return &v;
  return nullptr;
}

HtmlImage html_image(const HtmlAttributes& attrs, doc::SourcePos pos) {
  HtmlImage image;
  image.pos = pos;
  if (const auto* v = find_attribute(attrs, "src")) image.src = dangerous_url(trim_space(*v)) ? "" : trim_space(*v);
  if (const auto* v = find_attribute(attrs, "alt")) image.alt = *v;
  if (const auto* v = find_attribute(attrs, "title")) image.title = *v;
  std::string style;
  for (const char* dim : {"width", "height"}) {
    const auto* v = find_attribute(attrs, dim);
    if (!v) continue;
    const auto value = trim_space(*v);
    if (all_digits(value)) (dim[0] == 'w' ? image.width : image.height) = value;
    else if (const auto length = css_length(value); !length.empty()) style += std::string(dim) + ": " + length + "; ";
  }
  if (const auto* v = find_attribute(attrs, "align")) {
    const auto a = lower(trim_space(*v));
    if (a == "left" || a == "right") style += "float: " + a + "; ";
    else if (a == "middle" || a == "top" || a == "bottom") style += "vertical-align: " + a + "; ";
  }
  if (!style.empty()) style.erase(style.size() - 2);
  image.style = style;
  return image;
}

void copy_kept_attributes(const HtmlAttributes& attrs, std::string_view in_name, const ElementRule& rule,
                          pugi::xml_node el) {
  const std::string_view out_name = el.name();
  std::string style;
  if (in_name == "center") style += "text-align: center; ";
  for (const auto& [key, raw] : attrs) {
    const auto value = trim_space(raw);
    if (key == "class") {
      std::string cls;
      for (char c : value) cls += (c == '\t' || c == '\n' || c == '\r' || c == '\f') ? ' ' : c;
      if (!cls.empty()) el.append_attribute("class") = cls.c_str();
    } else if (key == "title") {
      el.append_attribute("title") = raw.c_str();
    } else if (key == "dir") {
      const auto d = lower(value);
      if (d == "ltr" || d == "rtl" || d == "auto") el.append_attribute("dir") = d.c_str();
    } else if (key == "align") {
      const auto a = lower(value);
      if (a != "left" && a != "right" && a != "center" && a != "justify") continue;
      if (out_name == "table") {
        if (a == "center") style += "margin-left: auto; margin-right: auto; ";
      } else if (rule.type != ElementType::Inline && rule.type != ElementType::Anchor) {
        style += "text-align: " + a + "; ";
      }
    } else if (key == "valign") {
      const auto a = lower(value);
      if (a == "top" || a == "middle" || a == "bottom" || a == "baseline") style += "vertical-align: " + a + "; ";
    } else if ((key == "width" || key == "height") &&
               (out_name == "table" || out_name == "td" || out_name == "th" || out_name == "div")) {
      if (const auto length = css_length(value); !length.empty()) style += key + ": " + length + "; ";
    } else if (key == "bgcolor" && css_color(value)) {
      style += "background-color: " + value + "; ";
    } else if (key == "color" && out_name == "span" && css_color(value)) {
      style += "color: " + value + "; ";
    } else if (key == "nowrap" && (out_name == "td" || out_name == "th")) {
      style += "white-space: nowrap; ";
    } else if ((key == "colspan" || key == "rowspan") && (out_name == "td" || out_name == "th") &&
               all_digits(value, 4) && std::atoi(value.c_str()) >= 1 && std::atoi(value.c_str()) <= 1000) {
      el.append_attribute(key.c_str()) = std::to_string(std::atoi(value.c_str())).c_str();
    } else if (key == "scope" && out_name == "th") {
      const auto s = lower(value);
      if (s == "row" || s == "col" || s == "rowgroup" || s == "colgroup") el.append_attribute("scope") = s.c_str();
    } else if (out_name == "ol" && key == "start" && (all_digits(value, 9) || (value.starts_with('-') && all_digits(value.substr(1), 9)))) {
      el.append_attribute("start") = value.c_str();
    } else if (out_name == "ol" && key == "reversed") {
      el.append_attribute("reversed") = "reversed";
    } else if (out_name == "ol" && key == "type" && (value == "1" || value == "a" || value == "A" || value == "i" || value == "I")) {
      el.append_attribute("type") = value.c_str();
    } else if (out_name == "details" && key == "open") {
      el.append_attribute("open") = "open";
    }
  }
  if (!style.empty()) {
    style.erase(style.size() - 2);
    el.append_attribute("style") = style.c_str();
  }
}

}  // namespace mdexport
