#pragma once
#include <string_view>

#include "doc/metadata.hpp"
#include "util/diagnostics.hpp"

namespace mdexport {

struct FrontMatter {
  doc::Metadata meta;
  std::string_view body;  // the Markdown after the closing fence
  int body_first_line = 1;  // line number of body's first line in the file
};

// Splits a YAML front matter block ("---" on the first line, closed by "---"
// or "...") from the Markdown body and reads it into Metadata.
// A block whose YAML is not a mapping is left as Markdown.
// REQUIRES: text went through normalize_input (LF line endings, no BOM).
// Throws Error with "file:line:col" when the YAML is malformed.
FrontMatter read_front_matter(std::string_view text, const Diagnostics& diag);

}  // namespace mdexport
