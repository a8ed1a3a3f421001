// Hot paths in isolation: reading Markdown, measuring and breaking lines,
// writing plain text. Input: samples/features.md repeated to ~200 KB.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "convert/conversion.hpp"
#include "markdown/reader.hpp"
#include "text/display_width.hpp"
#include "text/wrap.hpp"

namespace {

const std::string& input() {
  static const std::string text = [] {
    std::ifstream in(MDEXPORT_SOURCE_DIR "/samples/features.md");
    std::stringstream s;
    s << in.rdbuf();
    std::string out;
    while (out.size() < 200 * 1024) out += s.str() + "\n";
    return out;
  }();
  return text;
}

const std::string& prose() {
  static const std::string text = [] {
    std::string out;
    while (out.size() < 64 * 1024) out += "The quick brown fox jumps over the lazy dog; caf\u00E9 \u4F60\u597D\u4E16\u754C. ";
    return out;
  }();
  return text;
}

void read_markdown(benchmark::State& state) {
  for (auto _ : state) {
    mdexport::Diagnostics diag;
    benchmark::DoNotOptimize(mdexport::read_markdown(input(), diag));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input().size()));
}
BENCHMARK(read_markdown);

void display_width(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(mdexport::display_width(prose()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prose().size()));
}
BENCHMARK(display_width);

void wrap_lines(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(mdexport::wrap(prose(), 72));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prose().size()));
}
BENCHMARK(wrap_lines);

// Every registered writer on the already-read document.
void write_format(benchmark::State& state, const char* name) {
  const mdexport::Registry registry;
  const auto* format = registry.find(name);
  if (!format) {
    state.SkipWithError("format not registered");
    return;
  }
  mdexport::Diagnostics diag;
  const auto document = mdexport::load_document(input(), {}, diag);
  const auto writer = format->make();
  for (auto _ : state) {
    mdexport::StringSink sink;
    writer->write(document, {}, diag, sink);
    benchmark::DoNotOptimize(sink.str().data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input().size()));
}
BENCHMARK_CAPTURE(write_format, txt, "txt");
BENCHMARK_CAPTURE(write_format, epub, "epub");
BENCHMARK_CAPTURE(write_format, pdf, "pdf");

}  // namespace

BENCHMARK_MAIN();
