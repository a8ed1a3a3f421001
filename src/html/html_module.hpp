#pragma once
#include "html/html_sanitize.hpp"
#include "html/html_text.hpp"

namespace mdexport {

// What mdexport-html.so hands the program (src/cli/raw_html_module.cpp):
// the functions that parse raw HTML with libxml2, which with ICU is a
// seventh of a small conversion's start and is needed only by documents
// that hold raw HTML.
struct HtmlModuleFunctions {
  decltype(&html_paragraphs) paragraphs;
  decltype(&append_sanitized_html) sanitize;
};

}  // namespace mdexport
