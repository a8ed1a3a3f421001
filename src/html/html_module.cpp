// What the program looks up when it loads the raw HTML module. C names, so
// there is no mangling to agree on; html_module.map exports these alone.
#include "html/html_module.hpp"

// The version the module was built as: the program refuses any other.
extern "C" const char mdexport_module_version[] = MDEXPORT_VERSION;

extern "C" const mdexport::HtmlModuleFunctions mdexport_html_module_functions = {
    &mdexport::html_paragraphs, &mdexport::append_sanitized_html, &mdexport::html_attribute};
