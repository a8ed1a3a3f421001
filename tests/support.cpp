#include "support.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <latch>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <utf8proc.h>
#include <zlib.h>

#include "convert/conversion.hpp"

namespace test {

namespace fs = std::filesystem;

fs::path source_dir() { return MDEXPORT_SOURCE_DIR; }
fs::path corpus_dir() { return MDEXPORT_CORPUS_DIR; }

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// Appended piecewise: g++ 12 warns falsely (-Wrestrict) on "'" + string.
std::string quoted(const fs::path& path) {
  std::string s = "'";
  s += path.string();
  s += '\'';
  return s;
}

std::string aliased_yaml(const std::string& leaf, int levels, int fanout) {
  std::string yaml = "---\na0: &a0 [";
  for (int k = 0; k < 10; ++k) yaml.append(k ? ", " : "").append(leaf);
  yaml.append("]\n");
  for (int i = 1; i <= levels; ++i) {
    const auto n = std::to_string(i), previous = std::to_string(i - 1);
    yaml.append("a").append(n).append(": &a").append(n).append(" [");
    for (int k = 0; k < fanout; ++k) yaml.append(k ? ", *a" : "*a").append(previous);
    yaml.append("]\n");
  }
  return yaml;
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("mdexport-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

ScopedEnv::ScopedEnv(const char* name, const char* value) : name_(name) {
  if (const char* old = std::getenv(name)) old_ = old;
  value ? setenv(name, value, 1) : unsetenv(name);
}

ScopedEnv::~ScopedEnv() { old_ ? setenv(name_, old_->c_str(), 1) : unsetenv(name_); }

std::string convert(std::string_view markdown, std::string_view format, int columns,
                    std::vector<std::string>* warnings) {
  mdexport::Registry registry;
  const auto* info = registry.find(format);
  if (!info) throw std::runtime_error("no format " + std::string(format));
  mdexport::ConvertOptions opts;
  opts.write.columns = columns;
  mdexport::Diagnostics diag("test.md");
  mdexport::StringSink sink;
  mdexport::convert(markdown, *info, opts, diag, sink);
  if (warnings) warnings->insert(warnings->end(), diag.warnings().begin(), diag.warnings().end());
  return sink.str();
}

std::string inflated(std::string_view packed, int window_bits, std::size_t capacity) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return "(no zlib)";
  std::string out(capacity, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = inflate(&z, Z_FINISH);
  out.resize(z.total_out);
  inflateEnd(&z);
  return status == Z_STREAM_END ? out : "(corrupt)";
}

Run sh(const std::string& command) {
  TempDir capture;
  const auto out = capture / "out", err = capture / "err";
  const int raw = std::system(("{ " + command + "; } >'" + out.string() + "' 2>'" + err.string() + "'").c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(out), read_file(err)};
}

Run run_mdexport(const std::string& args, const fs::path& cwd, const std::string& env) {
  return sh("cd '" + cwd.string() + "' && " + env + " '" MDEXPORT_BINARY "' " + args);
}

void copy_program(const fs::path& dir) { fs::copy_file(MDEXPORT_BINARY, dir / "mdexport"); }

Run run_copied_program(const fs::path& dir, const std::string& args) {
  return sh("cd '" + dir.string() + "' && ./mdexport " + args);
}

void run_together(int threads, const std::function<void(int)>& work) {
  std::latch start(threads);
  std::vector<std::thread> running;
  for (int i = 0; i < threads; ++i)
    running.emplace_back([&, i] {
      start.arrive_and_wait();
      work(i);
    });
  for (auto& t : running) t.join();
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> result;
  std::string current;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  auto left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) n = 1, cp = 0;
    const auto cat = utf8proc_category(cp);
    const bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
    // Wide letters (CJK) are words of one character: the text has no spaces.
    const bool single = word && cat == UTF8PROC_CATEGORY_LO && utf8proc_charwidth(cp) == 2;
    if (single && !current.empty()) {
      result.push_back(std::move(current));
      current.clear();
    }
    if (word) {
      current.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    } else if (!current.empty()) {
      result.push_back(std::move(current));
      current.clear();
    }
    if (single) {
      result.push_back(std::move(current));
      current.clear();
    }
    p += n;
    left -= n;
  }
  if (!current.empty()) result.push_back(std::move(current));
  return result;
}

}  // namespace test
