#pragma once
// Helpers shared by the tests: read files, run conversions in memory, run
// the real binary.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace test {

std::filesystem::path source_dir();   // the repository root
std::filesystem::path corpus_dir();   // fetched real documents (tests tagged [corpus])
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, std::string_view bytes);

// A fresh empty directory under the system temp dir, removed at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Sets an environment variable (nullptr: unsets it) for a scope, then puts
// back what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// Converts Markdown in memory with the named built-in format. Warnings are
// appended to *warnings when given.
std::string convert(std::string_view markdown, std::string_view format, int columns = 72,
                    std::vector<std::string>* warnings = nullptr);

// Runs the mdexport binary with a shell command line after the program name;
// returns the exit status, with stdout and stderr captured.
struct Run {
  int status;
  std::string out;
  std::string err;
};
// env: variable settings put before the program ("LD_DEBUG=files").
Run run_mdexport(const std::string& args, const std::filesystem::path& cwd = ".", const std::string& env = "");
// Runs a shell command, capturing its output the same way.
Run sh(const std::string& command);
// path in single quotes, for a shell command line. REQUIRES: path holds no
// single quote.
std::string quoted(const std::filesystem::path& path);
// Copies the mdexport binary alone into dir (without the modules beside it)
// and runs it there with args, as run_mdexport does.
void copy_program(const std::filesystem::path& dir);
Run run_copied_program(const std::filesystem::path& dir, const std::string& args);

// Calls work(0) ... work(threads - 1), each on its own thread, all released
// at the same moment, and waits for them.
void run_together(int threads, const std::function<void(int)>& work);

// zlib, not libdeflate, reads back what we deflated: a second
// implementation. window_bits as zlib's inflateInit2 takes them (15: a zlib
// stream, -15: raw deflate); "(corrupt)" unless the data ends within
// capacity bytes.
std::string inflated(std::string_view packed, int window_bits = 15, std::size_t capacity = 1 << 20);

// YAML front matter whose aliases expand, without its closing "---":
// "a0: &a0 [leaf, ...]" with ten leaves, then for n = 1 to levels
// "an: &an [*a<n-1>, ...]" with fanout aliases, so that an stands for
// 10 * fanout^n leaves (a "billion laughs").
std::string aliased_yaml(const std::string& leaf, int levels, int fanout);

// Words of text: maximal runs of letters and digits (any script); each
// wide letter (CJK) is a word of its own.
std::vector<std::string> words(std::string_view text);

// Sanitizer builds run the program several times slower and with more
// memory (shadow memory, quarantine). The hostile-input tests scale their
// time limits by kSlowdown and check peak memory only where it means
// something: within_memory is always true in a sanitizer build.
#ifdef MDEXPORT_SANITIZED
inline constexpr int kSlowdown = 6;
#else
inline constexpr int kSlowdown = 1;
#endif
inline bool within_memory(long peak_kb, long limit_mb) { return kSlowdown > 1 || peak_kb < limit_mb * 1024; }

}  // namespace test
