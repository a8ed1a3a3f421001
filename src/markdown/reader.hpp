#pragma once
#include <string_view>

#include "doc/document.hpp"
#include "util/diagnostics.hpp"

namespace mdexport {

// Reads Markdown (CommonMark + GitHub extensions, footnotes, smart
// punctuation, YAML front matter) into our document model. Any bytes are
// accepted; warnings go to diag. Throws Error only for malformed front matter.
doc::Document read_markdown(std::string_view bytes, Diagnostics& diag);

// Fills what the reader infers after metadata overrides are applied: the
// title from the first level-1 heading, else from fallback (the file name).
void complete_metadata(doc::Document& document, std::string_view fallback_title);

}  // namespace mdexport
