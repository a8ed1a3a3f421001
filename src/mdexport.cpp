#include "mdexport.hpp"

#include "util/read_file.hpp"

namespace mdexport {
namespace {

const WriterInfo& find_format(const Registry& registry, std::string_view format,
                              const std::filesystem::path& output) {
  if (!format.empty()) {
    if (const auto* w = registry.find(format)) return *w;
    throw Error("error: unknown format '" + std::string(format) + "'");
  }
  if (const auto* w = registry.find_for_file(output)) return *w;
  throw Error("error: cannot tell the format of " + output.string() + " from its extension");
}

void keep_warnings(const Diagnostics& diag, ConvertReport* report) {
  if (report) report->warnings.insert(report->warnings.end(), diag.warnings().begin(), diag.warnings().end());
}

}  // namespace

std::string convert_string(std::string_view markdown, std::string_view format, const ConvertOptions& opts,
                           const Registry& registry, ConvertReport* report) {
  const auto& writer = find_format(registry, format, {});
  Diagnostics diag("<string>");
  StringSink sink;
  convert(markdown, writer, opts, diag, sink);
  keep_warnings(diag, report);
  return sink.take();
}

void convert_file(const std::filesystem::path& input, const std::filesystem::path& output, std::string_view format,
                  ConvertOptions opts, const Registry& registry, ConvertReport* report) {
  const auto& writer = find_format(registry, format, output);
  const auto markdown = read_file(input);
  set_input_file(opts, input);
  Diagnostics diag(input.string());
  AtomicFileSink sink(output);
  convert(markdown, writer, opts, diag, sink);
  sink.commit();
  keep_warnings(diag, report);
}

}  // namespace mdexport
