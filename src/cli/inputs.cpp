#include "cli/inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "util/diagnostics.hpp"

namespace mdexport {
namespace {

namespace fs = std::filesystem;

bool is_markdown(const fs::path& p) {
  auto ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".md" || ext == ".markdown";
}

void add_directory(const fs::path& dir, std::vector<InputFile>& out) {
  std::vector<InputFile> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) throw Error("error: cannot read directory " + dir.string() + ": " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw Error("error: cannot read directory " + dir.string() + ": " + ec.message());
    const auto name = it->path().filename().string();
    if (name.starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_markdown(it->path()))
      found.push_back({it->path(), fs::relative(it->path(), dir, ec)});
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

std::vector<InputFile> expand_inputs(const std::vector<std::string>& args) {
  std::vector<InputFile> inputs;
  for (const auto& arg : args) {
    if (arg == "-") {
      inputs.push_back({"-", "stdin.md"});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(arg, ec);
    if (!fs::exists(status)) throw Error("error: cannot read " + arg + ": " + std::strerror(ENOENT));
    if (fs::is_directory(status)) add_directory(arg, inputs);
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
