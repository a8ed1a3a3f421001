#pragma once
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "convert/conversion.hpp"

namespace mdexport {

// One output of one input.
struct Target {
  const WriterInfo* format;
  std::filesystem::path path;  // "-" for standard output
};

// One input, read and parsed once, written to every target.
struct Job {
  InputFile input;
  std::vector<Target> targets;
};

struct JobResult {
  bool ran = false;  // false: skipped (--fail-fast stopped the batch first)
  bool ok = false;
  std::string error;                  // the message, when !ok
  std::vector<std::string> warnings;  // "file:line:col: warning: ..."
  std::vector<std::string> dependencies;
  double seconds = 0;
};

struct BatchOptions {
  int jobs = 1;            // worker threads
  bool fail_fast = false;  // stop starting jobs after the first failure
  bool make_dirs = false;  // create missing parent directories of targets (--out-dir)
};

// Runs every job on opts.jobs threads. on_start and on_done are called under
// one lock, so they may print; results come back in job order. Output of a
// job does not depend on the number of threads.
std::vector<JobResult> run_batch(const std::vector<Job>& jobs, const ConvertOptions& base, const BatchOptions& opts,
                                 std::ostream& stdout_stream,
                                 const std::function<void(std::size_t)>& on_start,
                                 const std::function<void(std::size_t, const JobResult&)>& on_done);

}  // namespace mdexport
