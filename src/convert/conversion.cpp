#include "convert/conversion.hpp"

#include "markdown/input_text.hpp"
#include "markdown/reader.hpp"

namespace mdexport {
namespace {

// Text from outside the document (--metadata values, the file's name as
// the fallback title) reaches the writers as the document's text does:
// invalid UTF-8 and noncharacters (U+FFFF stops libunibreak) replaced by
// U+FFFD, with a warning naming what when given.
std::string clean_text(std::string_view text, const std::string& what, Diagnostics* diag) {
  if (is_normal_input(text)) return std::string(text);
  Diagnostics scratch(what);
  std::string out = normalize_input(text, scratch);
  if (diag) diag->warn({}, what + ": invalid UTF-8 or noncharacters replaced by U+FFFD");
  return out;
}

}  // namespace

void set_input_file(ConvertOptions& opts, const std::filesystem::path& input) {
  opts.write.resource_dir = input.has_parent_path() ? input.parent_path() : ".";
  if (opts.fallback_title == ConvertOptions{}.fallback_title) opts.fallback_title = input.stem().string();
}

doc::Document load_document(std::string_view markdown, const ConvertOptions& opts, Diagnostics& diag) {
  auto document = read_markdown(markdown, diag);
  for (const auto& [key, value] : opts.metadata) document.meta.set(key, clean_text(value, "--metadata " + key, &diag));
  complete_metadata(document, clean_text(opts.fallback_title, "file name", nullptr));
  return document;
}

void convert(std::string_view markdown, const WriterInfo& format, const ConvertOptions& opts,
             Diagnostics& diag, Sink& out) {
  const auto document = load_document(markdown, opts, diag);
  format.make()->write(document, opts.write, diag, out);
}

}  // namespace mdexport
