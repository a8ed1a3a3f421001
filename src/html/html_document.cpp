#include "html/html_document.hpp"

#include <cstring>
#include <string>

#include "markdown/html_depth.hpp"

namespace mdexport {
namespace {

// Elements that do not separate words when their text is run together.
bool is_phrase(const xmlChar* name) {
  static constexpr const char* kPhrase[] = {"a",    "abbr",   "b",   "bdi", "bdo",  "cite", "code", "del",  "dfn",
                                            "em",   "i",      "ins", "kbd", "mark", "q",    "s",    "samp", "small",
                                            "span", "strong", "sub", "sup", "time", "tt",   "u",    "var"};
  for (const char* phrase : kPhrase)
    if (std::strcmp(reinterpret_cast<const char*>(name), phrase) == 0) return true;
  return false;
}

// The text inside element, in order, without recursion; elements other than
// phrase ones are separated by a space.
std::string text_below(xmlNodePtr element) {
  std::string text;
  auto separate = [&text](xmlNodePtr n) {
    if (n->type == XML_ELEMENT_NODE && !is_phrase(n->name) && !text.empty() && text.back() != ' ') text += ' ';
  };
  xmlNodePtr n = element->children;
  while (n) {
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
      text += reinterpret_cast<const char*>(n->content);
    separate(n);
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      continue;
    }
    while (n != element && !n->next) {
      n = n->parent;
      if (n != element) separate(n);
    }
    n = n == element ? nullptr : n->next;
  }
  return text;
}

// Replaces each element kMaxHtmlDepth levels down by the text inside it.
void flatten_deep(xmlNodePtr root) {
  xmlNodePtr n = root;
  int depth = 1;
  for (;;) {
    if (n->type == XML_ELEMENT_NODE && n->children && depth == kMaxHtmlDepth) {
      const auto text = text_below(n);
      xmlFreeNodeList(n->children);
      n->children = n->last = nullptr;
      if (!text.empty()) xmlAddChild(n, xmlNewDocTextLen(n->doc, BAD_CAST text.data(), static_cast<int>(text.size())));
    } else if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      ++depth;
      continue;
    }
    while (n != root && !n->next) {
      n = n->parent;
      --depth;
    }
    if (n == root) return;
    n = n->next;
  }
}

}  // namespace

HtmlDocument parse_html(std::string_view html) {
  // libxml2 asks to be initialised once before threads use it; its own lazy
  // check is an unguarded int.
  [[maybe_unused]] static const bool initialised = (xmlInitParser(), true);
  // XML_PARSE_HUGE lifts libxml2's limit of 256 levels, past which it drops
  // the text; our own limit then keeps the text and bounds our walkers.
  HtmlDocument document(htmlReadMemory(
      html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE));
  if (document)
    if (xmlNodePtr root = xmlDocGetRootElement(document.get())) flatten_deep(root);
  return document;
}

}  // namespace mdexport
