#include "convert/conversion.hpp"

#include "markdown/reader.hpp"

namespace mdexport {

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
