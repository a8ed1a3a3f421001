#pragma once
#include "html/html_sanitize.hpp"
#include "html/html_text.hpp"

namespace mdexport {

// What mdexport-html.so hands the program (src/cli/raw_html_module.cpp):
// the functions that parse raw HTML with libxml2. Loading libxml2 and ICU
// took 0.4 ms of every start (one core, hyperfine), and only documents that
// hold raw HTML need them.
struct HtmlModuleFunctions {
  decltype(&html_paragraphs) paragraphs;
  decltype(&append_sanitized_html) sanitize;
  decltype(&html_attribute) attribute;
};

}  // namespace mdexport
