#include "html/html_text.hpp"

#include <cstring>

#include "html/html_document.hpp"

namespace mdexport {
namespace {

bool name_is(xmlNodePtr node, std::initializer_list<const char*> names) {
  const auto* name = reinterpret_cast<const char*>(node->name);
  for (const char* n : names)
    if (std::strcmp(name, n) == 0) return true;
  return false;
}

class TextCollector {
 public:
  std::vector<std::string> paragraphs;

  void walk(xmlNodePtr node, int depth) {
    for (; node; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        add_text(reinterpret_cast<const char*>(node->content), depth_pre_ > 0);
      } else if (node->type == XML_ELEMENT_NODE) {
        element(node, depth);
      }
    }
  }

  void finish() { end_paragraph(); }

 private:
  void element(xmlNodePtr node, int depth) {
    if (name_is(node, {"script", "style", "template", "noscript", "head", "title"})) return;
    if (name_is(node, {"br"})) {
      current_ += '\n';
      pending_space_ = false;
      return;
    }
    if (name_is(node, {"img"})) {
      if (xmlChar* alt = xmlGetProp(node, BAD_CAST "alt")) {
        if (*alt) add_text("[image: " + std::string(reinterpret_cast<char*>(alt)) + "]", false);
        xmlFree(alt);
      }
      return;
    }
    const bool block = name_is(node, {"p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4",
                                      "h5", "h6", "blockquote", "pre", "section", "article", "header",
                                      "footer", "details", "summary", "dl", "dt", "dd", "figure",
                                      "figcaption", "hr", "center", "nav", "aside", "main"});
    const bool cell = name_is(node, {"td", "th"});
    if (block) end_paragraph();
    if (cell && !current_.empty()) pending_space_ = true;
    const bool pre = name_is(node, {"pre"});
    depth_pre_ += pre;
    // Nesting beyond any real document is flattened rather than recursed.
    if (depth < 256) walk(node->children, depth + 1);
    depth_pre_ -= pre;
    if (block) end_paragraph();
  }

  void add_text(std::string_view text, bool preserve) {
    for (char c : text) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (preserve && space) {
        current_ += c == '\n' ? '\n' : ' ';
      } else if (space) {
        pending_space_ = !current_.empty() && current_.back() != '\n';
      } else {
        if (pending_space_) current_ += ' ';
        pending_space_ = false;
        current_ += c;
      }
    }
  }

  void end_paragraph() {
    while (!current_.empty() && (current_.back() == '\n' || current_.back() == ' ')) current_.pop_back();
    if (!current_.empty()) paragraphs.push_back(std::move(current_));
    current_.clear();
    pending_space_ = false;
  }

  std::string current_;
  bool pending_space_ = false;
  int depth_pre_ = 0;
};

}  // namespace

std::vector<std::string> html_paragraphs(std::string_view html) {
  if (html.empty()) return {};
  const auto document = parse_html(html);
  TextCollector collector;
  if (document) collector.walk(xmlDocGetRootElement(document.get()), 0);
  collector.finish();
  return std::move(collector.paragraphs);
}

}  // namespace mdexport
