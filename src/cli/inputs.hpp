#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace mdexport {

// One Markdown file to convert.
struct InputFile {
  std::filesystem::path path;      // as found, or "-" for standard input
  std::filesystem::path relative;  // path below the argument it came from, for --out-dir mirroring
};

// Expands command-line inputs: files as given (a symbolic link named on the
// command line is the user's choice), directories recursively into their
// *.md and *.markdown files (sorted, hidden entries skipped). In a
// directory, a symbolic link leading outside it is skipped and a warning
// ("warning: docs/key.md: skipped, ...") appended to *warnings when given;
// links to directories are not walked. relative is the path as walked.
// Throws Error for an input that does not exist.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& args,
                                     std::vector<std::string>* warnings = nullptr);

// --shard K/N: 1 <= K <= N. Parses "K/N"; returns false when malformed.
struct Shard {
  int index = 1;  // K
  int count = 1;  // N
};
bool parse_shard(const std::string& text, Shard& shard);

// Keeps the inputs that fall in shard K of N. A file's shard depends only on
// its relative path, so every machine computes the same split and adding a
// file never moves others between shards.
std::vector<InputFile> select_shard(std::vector<InputFile> inputs, const Shard& shard);

}  // namespace mdexport
