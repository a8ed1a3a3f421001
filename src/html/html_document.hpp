#pragma once
#include <libxml/HTMLparser.h>

#include <memory>
#include <string_view>

namespace mdexport {

struct HtmlDocumentFree {
  void operator()(htmlDocPtr d) const { xmlFreeDoc(d); }
};
using HtmlDocument = std::unique_ptr<xmlDoc, HtmlDocumentFree>;

// A fragment of raw HTML parsed as browsers would: never fails on bad markup,
// never prints, never fetches. Null only when libxml2 cannot allocate.
// Safe from the threads of a batch.
HtmlDocument parse_html(std::string_view html);

}  // namespace mdexport
