// Times Markdown -> PDF in process, stage by stage, on one core:
//   pdf_bench FILE.md [REPEAT] [COPIES]
// converts COPIES copies of FILE (default 1) run together as one document,
// REPEAT times (default 20), and prints the best and mean time of each stage.
// Stages mirror PdfWriter::write: read, fonts (fontconfig lookup), layout
// (fonts loaded into libharu as measured), paint, save (compression).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "convert/conversion.hpp"
#include "formats/pdf/doc_info.hpp"
#include "formats/pdf/font_files.hpp"
#include "formats/pdf/layout.hpp"
#include "formats/pdf/painter.hpp"
#include "formats/pdf/pdf_fonts.hpp"
#include "writer/sink.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace mdexport;

double ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

struct Stage {
  const char* name;
  std::vector<double> times;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: pdf_bench FILE.md [REPEAT]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  const int repeat = std::max(1, argc > 2 ? std::atoi(argv[2]) : 20);
  const int copies = std::max(1, argc > 3 ? std::atoi(argv[3]) : 1);
  std::string markdown;
  for (int i = 0; i < copies; ++i) markdown += buf.str() + "\n\n";
  Stage stages[] = {{"read", {}}, {"fonts", {}}, {"layout", {}}, {"paint", {}}, {"save", {}}, {"total", {}}};
  std::size_t bytes = 0, pages = 0;
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = Clock::now();
    ConvertOptions copts;
    Diagnostics diag(argv[1]);
    const auto d = load_document(markdown, copts, diag);
    const auto t1 = Clock::now();
    const auto files = pdf::FontFiles({});
    const auto t2 = Clock::now();
    pdf::HpdfDoc doc;
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
    pdf::PdfFonts fonts(doc, files);
    pdf::LayoutOptions lo;
    auto laid = pdf::layout_document(d, lo, fonts, diag);
    const auto t3 = Clock::now();
    pages = laid.size();
    pdf::paint(doc, fonts, std::move(laid), lo.page, diag);
    fonts.finish();
    pdf::set_doc_info(doc, d.meta, 0);
    const auto t4 = Clock::now();
    HPDF_SaveToStream(doc.get());
    bytes = HPDF_GetStreamSize(doc.get());
    const auto t5 = Clock::now();
    const double t[] = {ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t0, t5)};
    for (int s = 0; s < 6; ++s) stages[s].times.push_back(t[s]);
  }
  std::printf("%s: %zu bytes of Markdown -> %zu pages, %zu bytes of PDF; %d runs\n", argv[1], markdown.size(), pages,
              bytes, repeat);
  for (auto& s : stages) {
    double sum = 0;
    for (double t : s.times) sum += t;
    std::printf("  %-7s best %8.2f ms   mean %8.2f ms\n", s.name, *std::min_element(s.times.begin(), s.times.end()),
                sum / static_cast<double>(s.times.size()));
  }
}
