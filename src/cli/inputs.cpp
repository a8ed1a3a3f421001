#include "cli/inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "util/diagnostics.hpp"
#include "util/resource_path.hpp"

namespace mdexport {
namespace {

namespace fs = std::filesystem;

bool is_markdown(const fs::path& p) {
  auto ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".md" || ext == ".markdown";
}

// The files of a directory argument, as walked. A symbolic link whose
// target leaves the directory's tree is skipped with a warning: a hostile
// tree must not publish ~/.ssh/id_rsa as docs/key.html. Links to
// directories are never walked (a link inside the tree leads to files that
// are walked where they are; this also rules out loops).
void add_directory(const fs::path& dir, std::vector<InputFile>& out, std::vector<std::string>* warnings) {
  std::vector<InputFile> found;
  std::error_code ec;
  const auto root = fs::canonical(dir, ec);
  if (ec) throw Error("error: cannot read directory " + dir.string() + ": " + ec.message());
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) throw Error("error: cannot read directory " + dir.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw Error("error: cannot read directory " + dir.string() + ": " + ec.message());
    const auto& path = it->path();
    if (path.filename().string().starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec)) {
      const auto target = fs::canonical(path, ec);
      if (ec) continue;  // dangling
      const bool candidate = fs::is_directory(target, ec) || is_markdown(path);
      if (!path_inside(target, root)) {
        if (candidate && warnings)
          warnings->push_back("warning: " + path.string() + ": skipped, a symbolic link that leads outside " +
                              dir.string());
        continue;
      }
    }
    // The output mirrors the path as walked, never the link's target.
    if (it->is_regular_file(ec) && is_markdown(path)) found.push_back({path, path.lexically_relative(dir)});
  }
  std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  out.insert(out.end(), found.begin(), found.end());
}

// FNV-1a: small, stable across platforms and runs.
std::uint64_t stable_hash(const std::string& s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>* warnings) {
  std::vector<InputFile> inputs;
  for (const auto& arg : args) {
    if (arg == "-") {
      inputs.push_back({"-", "stdin.md"});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(arg, ec);
    if (!fs::exists(status)) throw Error("error: cannot read " + arg + ": " + std::strerror(ENOENT));
    if (fs::is_directory(status)) add_directory(arg, inputs, warnings);
    else inputs.push_back({arg, fs::path(arg).filename()});
  }
  return inputs;
}

bool parse_shard(const std::string& text, Shard& shard) {
  const auto slash = text.find('/');
  if (slash == std::string::npos) return false;
  try {
    std::size_t used = 0;
    shard.index = std::stoi(text.substr(0, slash), &used);
    if (used != slash) return false;
    shard.count = std::stoi(text.substr(slash + 1), &used);
    if (used != text.size() - slash - 1) return false;
  } catch (const std::exception&) {
    return false;
  }
  return shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count;
}

std::vector<InputFile> select_shard(std::vector<InputFile> inputs, const Shard& shard) {
  if (shard.count <= 1) return inputs;
  std::erase_if(inputs, [&](const InputFile& in) {
    return static_cast<int>(stable_hash(in.relative.generic_string()) % static_cast<std::uint64_t>(shard.count)) !=
           shard.index - 1;
  });
  return inputs;
}

}  // namespace mdexport
