#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "doc/document.hpp"
#include "util/diagnostics.hpp"
#include "writer/registry.hpp"

namespace mdexport {

// What one conversion needs besides the input bytes.
struct ConvertOptions {
  WriteOptions write;
  // `--metadata key=value` pairs, applied over the front matter in order.
  std::vector<std::pair<std::string, std::string>> metadata;
  // Title used when neither front matter nor a level-1 heading gives one.
  std::string fallback_title = "Untitled";
};

// Points opts at a Markdown file: relative resources resolve against its
// directory, and its name is the title of last resort (unless one is set).
void set_input_file(ConvertOptions& opts, const std::filesystem::path& input);

// Reads Markdown and settles its metadata: the document every writer gets.
doc::Document load_document(std::string_view markdown, const ConvertOptions& opts, Diagnostics& diag);

// Converts Markdown to one format, writing to out.
void convert(std::string_view markdown, const WriterInfo& format, const ConvertOptions& opts,
             Diagnostics& diag, Sink& out);

}  // namespace mdexport
