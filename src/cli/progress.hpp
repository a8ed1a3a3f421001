#pragma once
#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

#include "cli/batch.hpp"

namespace mdexport {

// Tells the user how a batch goes. On a terminal: a progress bar with
// counts and the current file, messages printed above it. Off a terminal:
// only messages, plus one line per file with --verbose. Then a summary.
class Progress {
 public:
  Progress(std::size_t total, bool terminal, bool verbose, std::ostream& err);

  void started(const Job& job);
  // Prints the job's warnings and error, or its line with --verbose.
  void finished(const Job& job, const JobResult& result);
  // "mdexport: 198 converted, 2 failed, 0 skipped in 1.23 s", then the
  // failures with their reasons. Printed for batches and with --verbose.
  void summary(const std::vector<Job>& jobs, const std::vector<JobResult>& results);

 private:
  void clear_bar();
  void draw_bar();

  std::size_t total_;
  std::size_t done_ = 0;
  bool terminal_;
  bool verbose_;
  std::ostream& err_;
  std::string current_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace mdexport
