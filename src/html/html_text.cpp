#include "html/html_text.hpp"

#include <cstring>

#include "html/html_attributes.hpp"
#include "html/html_document.hpp"
#include "markdown/heading_ids.hpp"

namespace mdexport {
namespace {

bool name_is(xmlNodePtr node, std::initializer_list<const char*> names) {
  const auto* name = reinterpret_cast<const char*>(node->name);
  for (const char* n : names)
    if (std::strcmp(name, n) == 0) return true;
  return false;
}

// An attribute's value with the spaces around it trimmed; "" when absent.
std::string attribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  if (!value) return {};
  std::string trimmed = trim_space(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return trimmed;
}

int heading_level(xmlNodePtr node) {
  const auto* name = reinterpret_cast<const char*>(node->name);
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0' ? name[1] - '0' : 0;
}

class TextCollector {
 public:
  std::vector<HtmlParagraph> paragraphs;

  void walk(xmlNodePtr node, int depth) {
    for (; node; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        add_text(reinterpret_cast<const char*>(node->content), depth_pre_ > 0);
      } else if (node->type == XML_ELEMENT_NODE) {
        element(node, depth);
      }
    }
  }

  void finish() {
    end_paragraph();
    if (!ids_.empty()) paragraphs.push_back(HtmlParagraph{{}, 0, false, std::move(ids_)});
  }

 private:
  void element(xmlNodePtr node, int depth) {
    if (name_is(node, {"script", "style", "template", "noscript", "head", "title"})) return;
    if (name_is(node, {"br"})) {
      start_paragraph();
      current_ += '\n';
      pending_space_ = false;
      return;
    }
    if (name_is(node, {"img"})) {
      if (const auto alt = attribute(node, "alt"); !alt.empty()) add_text("[image: " + alt + "]", false);
      return;
    }
    const bool block = name_is(node, {"p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4",
                                      "h5", "h6", "blockquote", "pre", "section", "article", "header",
                                      "footer", "details", "summary", "dl", "dt", "dd", "figure",
                                      "figcaption", "hr", "center", "nav", "aside", "main"});
    const bool cell = name_is(node, {"td", "th"});
    if (block) end_paragraph();
    if (cell && !current_.empty()) pending_space_ = true;
    const int level = heading_level(node);
    add_id(node, level);
    const bool pre = name_is(node, {"pre"});
    const bool centre = name_is(node, {"center"}) || xmlStrcasecmp(BAD_CAST attribute(node, "align").c_str(),
                                                                   BAD_CAST "center") == 0;
    const int outer_heading = heading_;
    if (level) heading_ = level;
    depth_pre_ += pre;
    depth_centre_ += centre;
    // Nesting beyond any real document is flattened rather than recursed.
    if (depth < 256) walk(node->children, depth + 1);
    depth_pre_ -= pre;
    depth_centre_ -= centre;
    if (block) end_paragraph();
    heading_ = outer_heading;
  }

  // The target an element defines, as the EPUB's sanitizer names it.
  void add_id(xmlNodePtr node, int level) {
    auto id = attribute(node, "id");
    if (id.empty() && name_is(node, {"a"})) id = attribute(node, "name");
    if (id.empty() && level) {
      xmlChar* content = xmlNodeGetContent(node);
      id = github_slug(content ? reinterpret_cast<const char*>(content) : "");
      xmlFree(content);
    }
    if (!id.empty()) ids_.push_back(std::move(id));
  }

  void add_text(std::string_view text, bool preserve) {
    for (char c : text) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (preserve && space) {
        start_paragraph();
        current_ += c == '\n' ? '\n' : ' ';
      } else if (space) {
        pending_space_ = !current_.empty() && current_.back() != '\n';
      } else {
        start_paragraph();
        if (pending_space_) current_ += ' ';
        pending_space_ = false;
        current_ += c;
      }
    }
  }

  // A paragraph is a heading, or centred, as the place its text starts.
  void start_paragraph() {
    if (!current_.empty()) return;
    current_heading_ = heading_;
    current_centred_ = depth_centre_ > 0;
  }

  void end_paragraph() {
    // Line breaks around the text (<h1><br><img><br></h1>) only space it out.
    while (!current_.empty() && (current_.back() == '\n' || current_.back() == ' ')) current_.pop_back();
    current_.erase(0, current_.find_first_not_of("\n "));
    if (!current_.empty()) {
      paragraphs.push_back(HtmlParagraph{std::move(current_), current_heading_, current_centred_, std::move(ids_)});
      ids_.clear();
    }
    current_.clear();
    pending_space_ = false;
  }

  std::string current_;
  int current_heading_ = 0;
  bool current_centred_ = false;
  std::vector<std::string> ids_;  // targets not yet given to a paragraph
  bool pending_space_ = false;
  int heading_ = 0;  // the level of the heading being walked, 0 outside one
  int depth_pre_ = 0;
  int depth_centre_ = 0;
};

}  // namespace

std::vector<HtmlParagraph> html_paragraphs(std::string_view html) {
  if (html.empty()) return {};
  const auto document = parse_html(html);
  TextCollector collector;
  if (document) collector.walk(xmlDocGetRootElement(document.get()), 0);
  collector.finish();
  return std::move(collector.paragraphs);
}

}  // namespace mdexport
