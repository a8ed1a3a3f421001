#include "cli/progress.hpp"

#include <cstdio>
#include <ostream>

namespace mdexport {
namespace {

constexpr int kBarWidth = 24;

std::string targets_of(const Job& job) {
  std::string names;
  for (const auto& t : job.targets) names += (names.empty() ? "" : ", ") + t.path.string();
  return names;
}

}  // namespace

Progress::Progress(std::size_t total, bool terminal, bool verbose, std::ostream& err)
    : total_(total), terminal_(terminal && total > 1), verbose_(verbose), err_(err) {}

void Progress::started(const Job& job) {
  current_ = job.input.path.string();
  draw_bar();
}

void Progress::finished(const Job& job, const JobResult& result) {
  ++done_;
  clear_bar();
  for (const auto& w : result.warnings) err_ << w << '\n';
  if (!result.ok) err_ << "mdexport: " << result.error << '\n';
  else if (verbose_) {
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.0f ms", result.seconds * 1000);
    err_ << job.input.path.string() << " -> " << targets_of(job) << " (" << ms << ")\n";
  }
  draw_bar();
}

void Progress::summary(const std::vector<Job>& jobs, const std::vector<JobResult>& results) {
  clear_bar();
  std::size_t converted = 0, failed = 0, skipped = 0;
  for (const auto& r : results) (r.ran ? (r.ok ? converted : failed) : skipped)++;
  if (jobs.size() <= 1 && !verbose_) return;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  char time[32];
  std::snprintf(time, sizeof time, "%.2f s", seconds);
  err_ << "mdexport: " << converted << " converted, " << failed << " failed, " << skipped << " skipped in " << time
       << '\n';
  if (jobs.size() <= 1) return;
  for (std::size_t i = 0; i < jobs.size(); ++i)
    if (results[i].ran && !results[i].ok) err_ << "  failed: " << jobs[i].input.path.string() << ": " << results[i].error << '\n';
}

void Progress::clear_bar() {
  if (terminal_) err_ << "\r\033[K" << std::flush;
}

void Progress::draw_bar() {
  if (!terminal_ || done_ >= total_) return;
  const auto filled = static_cast<int>(done_ * kBarWidth / total_);
  err_ << "\r\033[K[" << std::string(static_cast<std::size_t>(filled), '#')
       << std::string(static_cast<std::size_t>(kBarWidth - filled), ' ') << "] " << done_ << '/' << total_ << "  "
       << current_ << std::flush;
}

}  // namespace mdexport
