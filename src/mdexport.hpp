#pragma once
// The mdexport library: convert Markdown to any registered format, in memory
// or to a file, and add formats of your own.
//
//   mdexport::Registry formats;                 // the built-ins
//   formats.add({"count", "count", "my format", &make_my_writer});
//   std::string pdf = mdexport::convert_string(markdown, "pdf", {}, formats);
//
// Link with find_package(mdexport) and target mdexport::mdexport, or with
// pkg-config --libs mdexport.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "convert/conversion.hpp"
#include "doc/document.hpp"
#include "util/diagnostics.hpp"
#include "writer/registry.hpp"
#include "writer/sink.hpp"
#include "writer/writer.hpp"

namespace mdexport {

// What a conversion said besides its output.
struct ConvertReport {
  std::vector<std::string> warnings;  // "file:line:col: warning: ..."
};

// Converts Markdown text to the named format and returns the output bytes.
// Throws Error (malformed front matter, unknown format, writer failure).
std::string convert_string(std::string_view markdown, std::string_view format, const ConvertOptions& opts = {},
                           const Registry& registry = Registry(), ConvertReport* report = nullptr);

// Converts a Markdown file; the format comes from `format`, else from the
// output's extension. Relative resources resolve against the input's
// directory. The output is replaced atomically: on failure it is untouched.
void convert_file(const std::filesystem::path& input, const std::filesystem::path& output,
                  std::string_view format = {}, ConvertOptions opts = {}, const Registry& registry = Registry(),
                  ConvertReport* report = nullptr);

}  // namespace mdexport
