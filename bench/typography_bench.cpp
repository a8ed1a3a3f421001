// How evenly justified text is set, total fit against greedy first fit:
//   typography_bench FILE.md|DIR...
// breaks every paragraph of each file (every .md in a DIR) at the A4 text
// width with the real fonts, justified and hyphenated as the PDF writer does,
// once with total fit (Knuth-Plass) and once first fit, and prints for each
// the mean and worst inter-word stretch of the justified lines (a space's
// width over its natural width: 1.00 = natural, 1.50 = half as wide again,
// below 1 = shrunk; "tightest" is the most shrunk), their mean badness
// (100·|r|³, TeX's measure), the lines left ragged because even 2.5x spaces
// would not fill them, the hyphenated lines, and the time spent breaking.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "convert/conversion.hpp"
#include "formats/pdf/font_files.hpp"
#include "formats/pdf/hyphenator.hpp"
#include "formats/pdf/line_breaker.hpp"
#include "formats/pdf/pdf_fonts.hpp"
#include "formats/pdf/total_fit.hpp"

namespace {

using namespace mdexport;
namespace fs = std::filesystem;

struct Stats {
  std::size_t lines = 0, justified = 0, ragged = 0, hyphenated = 0;
  double stretch_sum = 0, worst = 0, tightest = 1, badness_sum = 0;
  double ms = 0;
  void add(const std::vector<pdf::Line>& lines_of_paragraph, double width) {
    for (std::size_t i = 0; i < lines_of_paragraph.size(); ++i) {
      const auto& l = lines_of_paragraph[i];
      ++lines;
      if (!l.fragments.empty() && l.fragments.back().text.ends_with("-")) ++hyphenated;
      if (l.justified) {
        // Spaces stretch by half their width at ratio 1 and shrink by a third.
        const double scale = l.ratio > 0 ? 1 + l.ratio * 0.5 : 1 + l.ratio / 3;
        ++justified;
        stretch_sum += scale;
        worst = std::max(worst, scale);
        tightest = std::min(tightest, scale);
        badness_sum += pdf::badness(l.ratio);
      } else if (i + 1 < lines_of_paragraph.size() && l.width < width - 0.5) {
        ++ragged;  // not the last line (nor, mostly, one ended by a hard break), yet short: too loose
      }
    }
  }
};

class Bench {
 public:
  Bench() : fonts_(doc_, pdf::FontFiles({})) {}

  void file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    ConvertOptions copts;
    Diagnostics diag(path.string());
    const auto d = load_document(buf.str(), copts, diag);
    pdf::Hyphenator hyphenator(d.meta.lang);
    blocks(d.blocks, hyphenator);
  }

  void print(const char* name, const Stats& s) const {
    const double n = s.justified ? static_cast<double>(s.justified) : 1;
    std::printf("%-9s  lines %5zu  justified %5zu  stretch mean %.3f worst %.3f tightest %.3f  badness mean %6.1f"
                "  left ragged %3zu  hyphenated %4zu  %7.1f ms\n",
                name, s.lines, s.justified, s.stretch_sum / n, s.worst, s.tightest, s.badness_sum / n, s.ragged,
                s.hyphenated, s.ms);
  }

  Stats total, greedy;

 private:
  void blocks(const std::vector<doc::Block>& list, pdf::Hyphenator& h) {
    for (const auto& b : list) {
      if (b.kind == doc::BlockKind::Paragraph) paragraph(b, h);
      else blocks(b.children, h);
    }
  }

  void paragraph(const doc::Block& b, pdf::Hyphenator& h) {
    pdf::RunStyle base;
    base.face = pdf::face_of(pdf::Family::Body, false, false);
    base.size = 10;
    auto runs = pdf::collect_runs(b.inlines, base, [](const doc::Inline&) { return false; });
    const pdf::Measure m = [this](const pdf::RunStyle& s, std::string_view t) { return fonts_.width(s.face, s.size, t); };
    pdf::BreakOptions opts;
    opts.justify = true;
    opts.hyphenator = &h;
    pdf::break_lines(runs, kWidth, m, opts);  // loads the fonts: not part of the timing
    for (bool fit : {true, false}) {
      opts.total_fit = fit;
      auto& stats = fit ? total : greedy;
      const auto t0 = std::chrono::steady_clock::now();
      const auto lines = pdf::break_lines(runs, kWidth, m, opts);
      stats.ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      stats.add(lines, kWidth);
    }
  }

  static constexpr double kWidth = 595.276 - 2 * 56.693;  // A4, 20 mm margins
  pdf::HpdfDoc doc_;
  pdf::PdfFonts fonts_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: typography_bench FILE.md|DIR...\n");
    return 2;
  }
  Bench bench;
  std::size_t files = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<fs::path> paths;
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::directory_iterator(argv[i]))
        if (e.path().extension() == ".md") paths.push_back(e.path());
      std::sort(paths.begin(), paths.end());
    } else {
      paths.emplace_back(argv[i]);
    }
    for (const auto& p : paths) bench.file(p), ++files;
  }
  std::printf("%zu files, justified and hyphenated at %.1f pt\n", files, 595.276 - 2 * 56.693);
  bench.print("total-fit", bench.total);
  bench.print("first-fit", bench.greedy);
  return 0;
}
