#include "markdown/gfm_extensions.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <mutex>

namespace mdexport {
namespace {

// cmark-gfm's own once-guard for registration is a plain int: two threads
// could both register the extensions.
bool register_once() {
  cmark_gfm_core_extensions_ensure_registered();
  return true;
}

std::mutex inline_pass;

}  // namespace

void CmarkParserFree::operator()(cmark_parser* p) const { cmark_parser_free(p); }

CmarkParser new_gfm_parser(int options, cmark_mem* mem) {
  [[maybe_unused]] static const bool registered = register_once();
  CmarkParser parser(cmark_parser_new_with_mem(options, mem));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
    cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name));
  return parser;
}

cmark_node* finish_gfm_parse(cmark_parser* parser) {
  std::lock_guard<std::mutex> hold(inline_pass);
  return cmark_parser_finish(parser);
}

}  // namespace mdexport
