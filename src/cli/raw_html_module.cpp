// The program's html_paragraphs, append_sanitized_html and html_attribute:
// libxml2 and ICU are loaded from mdexport-html.so when a document first
// holds raw HTML.
#include "cli/module_loader.hpp"
#include "html/html_module.hpp"

namespace mdexport {
namespace {

const HtmlModuleFunctions& module() {
  static const auto& functions = *static_cast<const HtmlModuleFunctions*>(
      load_module_entry("mdexport-html.so", "mdexport_html_module_functions", "the raw HTML reader",
                        MDEXPORT_MODULE_DIR));
  return functions;
}

}  // namespace

std::vector<HtmlParagraph> html_paragraphs(std::string_view html, doc::SourcePos pos) {
  if (html.empty()) return {};
  return module().paragraphs(html, pos);
}

std::string html_attribute(std::string_view tag, const char* name) {
  return module().attribute(tag, name);
}

void append_sanitized_html(std::string_view html, HtmlContext context, bool in_link, doc::SourcePos pos,
                           HtmlHooks& hooks, pugi::xml_node parent) {
  if (html.empty()) return;
  module().sanitize(html, context, in_link, pos, hooks, parent);
}

}  // namespace mdexport
