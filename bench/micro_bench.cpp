// Hot paths in isolation: reading Markdown, measuring and breaking lines
// (terminal cells for text, font advances for PDF), painting PDF pages,
// writing zip archives, and every writer whole. Input: samples/features.md
// repeated to ~200 KB (zip_writing: each sample once).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "convert/conversion.hpp"
#include "formats/epub/zip_archive.hpp"
#include "formats/pdf/font_files.hpp"
#include "formats/pdf/hyphenator.hpp"
#include "formats/pdf/layout.hpp"
#include "formats/pdf/line_breaker.hpp"
#include "formats/pdf/painter.hpp"
#include "formats/pdf/pdf_fonts.hpp"
#include "markdown/reader.hpp"
#include "text/display_width.hpp"
#include "text/wrap.hpp"

namespace {

namespace pdf = mdexport::pdf;

std::string sample(const std::string& name) {
  std::ifstream in(MDEXPORT_SOURCE_DIR "/samples/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& input() {
  static const std::string text = [] {
    const auto features = sample("features.md");
    std::string out;
    while (out.size() < 200 * 1024) out += features + "\n";
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

// The fonts layout measures with, found (fontconfig) and parsed once, in a
// document used for nothing else.
const pdf::FontFiles& font_files() {
  static const pdf::FontFiles files({});
  return files;
}

const pdf::PdfFonts& pdf_fonts() {
  static pdf::HpdfDoc doc;
  static const pdf::PdfFonts fonts(doc, font_files());
  return fonts;
}

constexpr int kBody = pdf::face_of(pdf::Family::Body, false, false);

// Font advances as layout measures text; the first call, untimed, loads the
// fonts (CJK from a fallback) and fills the per-code-point cache.
void text_measuring(benchmark::State& state) {
  const auto& fonts = pdf_fonts();
  fonts.width(kBody, 10, prose());
  for (auto _ : state) benchmark::DoNotOptimize(fonts.width(kBody, 10, prose()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prose().size()));
}
BENCHMARK(text_measuring);

// The top-level paragraphs, set as PDF body text is: justified, total fit,
// hyphenated, at the A4 text width. A first pass, untimed, loads the fonts
// and the dictionary and caches the words' hyphenation points.
void line_breaking(benchmark::State& state) {
  mdexport::Diagnostics diag;
  const auto document = mdexport::load_document(input(), {}, diag);
  pdf::RunStyle base;
  base.face = kBody;
  std::vector<std::vector<pdf::Run>> paragraphs;
  std::size_t bytes = 0;
  for (const auto& b : document.blocks) {
    if (b.kind != doc::BlockKind::Paragraph) continue;
    paragraphs.push_back(pdf::collect_runs(b.inlines, base, [](const doc::Inline&) { return false; }));
    for (const auto& run : paragraphs.back()) bytes += run.text.size();
  }
  pdf::Hyphenator hyphenator(document.meta.lang);
  pdf::BreakOptions opts;
  opts.justify = true;
  opts.hyphenator = &hyphenator;
  const pdf::Measure measure = [](const pdf::RunStyle& s, std::string_view t) {
    return pdf_fonts().width(s.face, s.size, t);
  };
  const double width = pdf::PageGeometry{}.text_width();
  for (const auto& runs : paragraphs) pdf::break_lines(runs, width, measure, opts);
  for (auto _ : state)
    for (const auto& runs : paragraphs) benchmark::DoNotOptimize(pdf::break_lines(runs, width, measure, opts));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(line_breaking);

// Drawing laid-out pages, then embedding the font subsets (paint and
// fonts.finish, as PdfWriter::write does), into a fresh document each time.
// Layout is done once; the copy paint consumes is made untimed. Saving
// (compression) is left to write_format/pdf.
void pdf_painting(benchmark::State& state) {
  mdexport::Diagnostics diag;
  const auto document = mdexport::load_document(input(), {}, diag);
  const pdf::LayoutOptions layout;
  const auto pages = pdf::layout_document(document, layout, pdf_fonts(), diag);
  for (auto _ : state) {
    state.PauseTiming();
    auto copy = pages;
    state.ResumeTiming();
    pdf::HpdfDoc doc;
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
    const pdf::PdfFonts fonts(doc, font_files());
    pdf::paint(doc, fonts, std::move(copy), layout.page, diag);
    fonts.finish();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input().size()));
  state.counters["pages"] = static_cast<double>(pages.size());
}
BENCHMARK(pdf_painting);

// An EPUB's container: the stored mimetype first, then chapters deflated,
// as the EPUB writer adds them. The chapters are the three samples, each
// once: cut from input(), they would repeat within deflate's 32 KB window
// and compress unrealistically fast.
void zip_writing(benchmark::State& state) {
  using Method = mdexport::ZipArchive::Method;
  std::vector<std::string> chapters;
  std::size_t bytes = 0;
  for (const char* name : {"features.md", "handout.md", "unicode.md"}) {
    chapters.push_back(sample(name));
    bytes += chapters.back().size();
  }
  for (auto _ : state) {
    mdexport::ZipArchive zip(0);
    zip.add("mimetype", "application/epub+zip", Method::Store);
    for (std::size_t i = 0; i < chapters.size(); ++i)
      zip.add("EPUB/chapter-" + std::to_string(i) + ".xhtml", chapters[i], Method::Deflate);
    benchmark::DoNotOptimize(zip.finish().data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(zip_writing);

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
