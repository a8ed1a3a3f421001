#include "convert/conversion.hpp"

#include "markdown/reader.hpp"

namespace mdexport {

void set_input_file(ConvertOptions& opts, const std::filesystem::path& input) {
  opts.write.resource_dir = input.has_parent_path() ? input.parent_path() : ".";
  if (opts.fallback_title == ConvertOptions{}.fallback_title) opts.fallback_title = input.stem().string();
}

doc::Document load_document(std::string_view markdown, const ConvertOptions& opts, Diagnostics& diag) {
  auto document = read_markdown(markdown, diag);
  for (const auto& [key, value] : opts.metadata) document.meta.set(key, value);
  complete_metadata(document, opts.fallback_title);
  return document;
}

void convert(std::string_view markdown, const WriterInfo& format, const ConvertOptions& opts,
             Diagnostics& diag, Sink& out) {
  const auto document = load_document(markdown, opts, diag);
  format.make()->write(document, opts.write, diag, out);
}

}  // namespace mdexport
