#include "html/html_document.hpp"

namespace mdexport {

HtmlDocument parse_html(std::string_view html) {
  // libxml2 asks to be initialised once before threads use it; its own lazy
  // check is an unguarded int.
  [[maybe_unused]] static const bool initialised = (xmlInitParser(), true);
  return HtmlDocument(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                         HTML_PARSE_NONET));
}

}  // namespace mdexport
