#include "html/html_elements.hpp"

#include <cstring>
#include <unordered_map>

#include "html/html_sanitize.hpp"
#include "html/inline_tags.hpp"

namespace mdexport {

const ElementRule& element_rule(const std::string& name) {
  static const std::unordered_map<std::string, ElementRule> kRules = [] {
    std::unordered_map<std::string, ElementRule> r;
    for (const char* n : {"abbr", "b", "bdi", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
                          "small", "span", "strong", "sub", "sup", "u", "var", "del", "ins"})
      r[n] = {ElementType::Inline, n};
    for (auto [from, to] : {std::pair{"strike", "s"}, {"tt", "code"}, {"big", "span"}, {"font", "span"},
                            {"acronym", "abbr"}, {"nobr", "span"}, {"time", "span"}, {"data", "span"}})
      r[from] = {ElementType::Inline, to};
    r["br"] = {ElementType::Void, "br"};
    r["wbr"] = {ElementType::Void, "wbr"};
    r["img"] = {ElementType::Img, nullptr};
    r["a"] = {ElementType::Anchor, "a"};
    r["div"] = {ElementType::Block, "div"};
    r["blockquote"] = {ElementType::Block, "blockquote"};
    // Sectioning and landmark elements carry rules (one main, no header in
    // a footer...) that a fragment cannot keep; a div keeps the content.
    for (const char* n : {"figure", "figcaption", "center", "section", "article", "aside", "header", "footer",
                          "nav", "main", "address", "hgroup"})
      r[n] = {ElementType::Block, "div"};
    for (const char* n : {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"}) r[n] = {ElementType::TextBlock, n};
    r["listing"] = r["xmp"] = {ElementType::TextBlock, "pre"};
    r["hr"] = {ElementType::Rule, "hr"};
    r["ul"] = r["menu"] = r["dir"] = {ElementType::List, "ul"};
    r["ol"] = {ElementType::List, "ol"};
    r["dl"] = {ElementType::DefList, "dl"};
    r["li"] = {ElementType::ListItem, "li"};
    r["dt"] = {ElementType::DefItem, "dt"};
    r["dd"] = {ElementType::DefItem, "dd"};
    r["table"] = {ElementType::Table, "table"};
    for (const char* n : {"thead", "tbody", "tfoot"}) r[n] = {ElementType::TableSection, n};
    r["tr"] = {ElementType::Row, "tr"};
    r["td"] = {ElementType::Cell, "td"};
    r["th"] = {ElementType::Cell, "th"};
    r["caption"] = {ElementType::Caption, "caption"};
    r["details"] = {ElementType::Details, "details"};
    r["summary"] = {ElementType::Summary, "summary"};
    r[kNoteRefElement] = {ElementType::NoteRef, nullptr};
    for (const char* n : {"script", "style", "iframe", "object", "embed", "applet", "noscript", "template", "head",
                          "title", "meta", "link", "base", "frame", "frameset", "noframes", "svg", "math",
                          "audio", "video", "canvas", "input", "select", "textarea", "option", "optgroup",
                          "datalist", "output", "progress", "meter", "map", "area", "source", "track", "param",
                          "col", "colgroup", "dialog"})
      r[n] = {ElementType::Drop, nullptr};
    return r;
  }();
  static const ElementRule kUnwrap{ElementType::Unwrap, nullptr};
  const auto it = kRules.find(name);
  return it == kRules.end() ? kUnwrap : it->second;
}

bool is_void_element(const char* name) {
  // keygen too: libxml2's parser still knows it as void.
  return std::strcmp(name, "keygen") == 0 || is_void_tag(name);
}
}  // namespace mdexport
