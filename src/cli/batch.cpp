#include "cli/batch.hpp"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include "util/read_file.hpp"

namespace mdexport {
namespace {

namespace fs = std::filesystem;

std::string read_input(const fs::path& path) {
  if (path != "-") return read_file(path);
  std::ostringstream buffer;
  buffer << std::cin.rdbuf();
  return std::move(buffer).str();
}

void write_target(const doc::Document& document, const Target& target, const ConvertOptions& opts,
                  const BatchOptions& batch, Diagnostics& diag, std::ostream& stdout_stream) {
  const auto writer = target.format->make();
  if (target.path == "-") {
    // Buffered so that a failed conversion writes nothing at all.
    StringSink sink;
    writer->write(document, opts.write, diag, sink);
    errno = 0;
    stdout_stream << sink.str() << std::flush;
    if (!stdout_stream) {
      // errno is the failed write's (EPIPE when the reader has gone: SIGPIPE is ignored).
      const int error = errno;
      throw Error(std::string("error: cannot write standard output") + (error ? ": " : "") +
                  (error ? std::strerror(error) : ""));
    }
    return;
  }
  if (batch.make_dirs && target.path.has_parent_path()) {
    std::error_code ec;
    fs::create_directories(target.path.parent_path(), ec);
    if (ec) throw Error("error: cannot create directory " + target.path.parent_path().string() + ": " + ec.message());
  }
  AtomicFileSink sink(target.path);
  writer->write(document, opts.write, diag, sink);
  sink.commit();
}

JobResult run_job(const Job& job, ConvertOptions opts, const BatchOptions& batch, std::ostream& stdout_stream) {
  const auto start = std::chrono::steady_clock::now();
  JobResult result;
  result.ran = true;
  const bool from_stdin = job.input.path == "-";
  if (!from_stdin) set_input_file(opts, job.input.path);
  Diagnostics diag(from_stdin ? "<stdin>" : job.input.path.string());
  try {
    auto bytes = read_input(job.input.path);
    const auto document = load_document(bytes, opts, diag);
    // The document holds its own text; the writers never need the input.
    std::string().swap(bytes);
    for (const auto& target : job.targets) write_target(document, target, opts, batch, diag, stdout_stream);
    result.ok = true;
  } catch (const Error& e) {
    result.error = e.what();
  } catch (const std::bad_alloc&) {
    result.error = "error: out of memory converting " + diag.file();
  } catch (const std::exception& e) {
    // Not ours (the standard library's, a library's): still this input's
    // failure, not std::terminate for the whole batch with its files left.
    result.error = "error: cannot convert " + diag.file() + ": " + e.what();
  }
  result.warnings = diag.warnings();
  result.dependencies = diag.dependencies();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace

std::vector<JobResult> run_batch(const std::vector<Job>& jobs, const ConvertOptions& base, const BatchOptions& opts,
                                 std::ostream& stdout_stream, const std::function<void(std::size_t)>& on_start,
                                 const std::function<void(std::size_t, const JobResult&)>& on_done) {
  std::vector<JobResult> results(jobs.size());
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::mutex lock;
  auto worker = [&] {
    while (!stop) {
      const std::size_t i = next++;
      if (i >= jobs.size()) return;
      {
        std::lock_guard<std::mutex> guard(lock);
        on_start(i);
      }
      auto result = run_job(jobs[i], base, opts, stdout_stream);
      std::lock_guard<std::mutex> guard(lock);
      if (!result.ok && opts.fail_fast) stop = true;
      results[i] = std::move(result);
      on_done(i, results[i]);
    }
  };
  const int threads = std::max(1, std::min<int>(opts.jobs, static_cast<int>(jobs.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  return results;
}

}  // namespace mdexport
