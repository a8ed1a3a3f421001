#include "cli/progress.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using mdexport::Job;
using mdexport::JobResult;

namespace {

Job job(const char* in, const char* out) { return {{in, in}, {{nullptr, out}}}; }

JobResult ok() {
  JobResult r;
  r.ran = r.ok = true;
  r.seconds = 0.012;
  return r;
}

}  // namespace

TEST_CASE("off a terminal, progress prints messages, verbose lines and a summary", "[progress]") {
  std::ostringstream err;
  const std::vector<Job> jobs = {job("a.md", "a.pdf"), job("b.md", "b.pdf"), job("c.md", "c.pdf")};
  JobResult failed;
  failed.ran = true;
  failed.error = "b.md:2:1: error: invalid front matter: bad";
  failed.warnings = {"b.md:9:1: warning: image x.png not found"};
  const std::vector<JobResult> results = {ok(), failed, JobResult{}};
  mdexport::Progress progress(3, false, true, err);
  for (std::size_t i = 0; i < 2; ++i) {
    progress.started(jobs[i]);
    progress.finished(jobs[i], results[i]);
  }
  progress.summary(jobs, results);
  const auto text = err.str();
  CHECK(text.find("\r") == std::string::npos);
  CHECK(text.starts_with("a.md -> a.pdf (12 ms)\n"
                         "b.md:9:1: warning: image x.png not found\n"
                         "mdexport: b.md:2:1: error: invalid front matter: bad\n"
                         "mdexport: 1 converted, 1 failed, 1 skipped in "));
  CHECK(text.ends_with(" s\n  failed: b.md: b.md:2:1: error: invalid front matter: bad\n"));
}

TEST_CASE("on a terminal, a progress bar shows counts and the current file", "[progress]") {
  std::ostringstream err;
  const std::vector<Job> jobs = {job("a.md", "a.txt"), job("b.md", "b.txt")};
  mdexport::Progress progress(2, true, false, err);
  progress.started(jobs[0]);
  CHECK(err.str() == "\r\033[K[                        ] 0/2  a.md");
  progress.finished(jobs[0], ok());
  CHECK(err.str().ends_with("\r\033[K[############            ] 1/2  a.md"));
}

TEST_CASE("a single successful conversion prints nothing", "[progress]") {
  std::ostringstream err;
  const std::vector<Job> jobs = {job("a.md", "a.txt")};
  mdexport::Progress progress(1, true, false, err);
  progress.started(jobs[0]);
  progress.finished(jobs[0], ok());
  progress.summary(jobs, {ok()});
  CHECK(err.str().empty());
}
