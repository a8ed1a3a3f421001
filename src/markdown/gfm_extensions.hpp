#pragma once
#include <memory>

struct cmark_parser;
struct cmark_node;
struct cmark_mem;

namespace mdexport {

struct CmarkParserFree {
  void operator()(cmark_parser* p) const;
};
using CmarkParser = std::unique_ptr<cmark_parser, CmarkParserFree>;

// A parser with GitHub's extensions (tables, strikethrough, autolinks, task
// lists) attached, allocating with mem. options: CMARK_OPT_* flags.
CmarkParser new_gfm_parser(int options, cmark_mem* mem);

// cmark_parser_finish, safe while other threads parse.
//
// cmark-gfm keeps the characters that start an extension's inlines ('~',
// ':', 'w') in one table for the whole process; each parse switches them on
// when its inline pass starts and off when it ends, so a parse ending on one
// thread switched strikethrough off for another mid-parse. The inline pass
// (most of finish) therefore runs one thread at a time; block parsing
// (cmark_parser_feed) still runs in parallel.
cmark_node* finish_gfm_parse(cmark_parser* parser);

}  // namespace mdexport
