// Times Markdown -> EPUB (and -> HTML) in process, on one core:
//   epub_bench FILE.md [REPEAT] [COPIES]
// converts COPIES copies of FILE (default 1) run together as one document,
// REPEAT times (default 20), and prints the best and mean time of reading
// the Markdown and of each writer. Resources resolve beside FILE; warnings
// are counted, not printed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "convert/conversion.hpp"
#include "writer/sink.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace mdexport;

double ms(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }

void report(const char* name, std::vector<double>& times, std::size_t bytes) {
  std::sort(times.begin(), times.end());
  const double mean = std::accumulate(times.begin(), times.end(), 0.0) / static_cast<double>(times.size());
  std::printf("%-12s best %9.2f ms  median %9.2f ms  mean %9.2f ms  %10zu bytes out\n", name, times.front(),
              times[times.size() / 2], mean, bytes);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: epub_bench FILE.md [REPEAT] [COPIES]\n");
    return 2;
  }
  const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
  const int copies = argc > 3 ? std::max(1, std::atoi(argv[3])) : 1;
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  std::string markdown;
  for (int i = 0; i < copies; ++i) markdown += s.str() + "\n\n";

  ConvertOptions opts;
  opts.write.resource_dir = std::filesystem::path(argv[1]).parent_path();
  if (opts.write.resource_dir.empty()) opts.write.resource_dir = ".";
  Registry registry;
  std::vector<double> read_times, epub_times, html_times;
  std::size_t epub_bytes = 0, html_bytes = 0, warnings = 0;
  for (int r = 0; r < repeat; ++r) {
    Diagnostics diag(argv[1]);
    const auto t0 = Clock::now();
    const auto document = load_document(markdown, opts, diag);
    const auto t1 = Clock::now();
    StringSink epub;
    registry.find("epub")->make()->write(document, opts.write, diag, epub);
    const auto t2 = Clock::now();
    StringSink html;
    registry.find("html")->make()->write(document, opts.write, diag, html);
    const auto t3 = Clock::now();
    read_times.push_back(ms(t0, t1));
    epub_times.push_back(ms(t1, t2));
    html_times.push_back(ms(t2, t3));
    epub_bytes = epub.str().size();
    html_bytes = html.str().size();
    warnings = diag.warnings().size();
  }
  std::printf("%s x%d: %zu bytes of Markdown, %d runs, %zu warnings per run\n", argv[1], copies, markdown.size(), repeat,
              warnings);
  report("read", read_times, 0);
  report("write epub", epub_times, epub_bytes);
  report("write html", html_times, html_bytes);
  std::vector<double> total(read_times.size());
  for (std::size_t i = 0; i < total.size(); ++i) total[i] = read_times[i] + epub_times[i];
  report("read+epub", total, epub_bytes);
  return 0;
}
