#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mdexport {

// Where a configuration file came from, which decides what it may set.
enum class ConfigTrust {
  // mdexport.toml found beside the first input: part of the tree being
  // converted, so untrusted. It may set only how output looks (see
  // kDiscoveredKeys in config_file.cpp), never where output is written or
  // what else is read.
  Discovered,
  // Named with --config: the user's own, trusted to choose outputs.
  Explicit,
};

// One "key = value" of a TOML options file.
struct ConfigKey {
  std::string name;                 // "columns"; "pdf.paper" under a [pdf] section
  std::vector<std::string> values;  // one, or an array's elements
  int line = 0;                     // 1-based line of the key
};

// The keys of a TOML options file in file order, values parsed by CLI11's
// TOML reader. Throws Error ("file:line: error: ...") when the file cannot
// be read or parsed.
std::vector<ConfigKey> read_config(const std::filesystem::path& file);

// Applies file's keys to the options of app (set up by setup_options and
// already given the command line) that the command line did not set; the
// command line wins. An unknown key, or one the trust level may not set,
// is a warning ("file:line: warning: ...") appended to warnings, and the
// run goes on without it. Stylesheet and font files and resource-path
// directories resolve from the file's folder and must lie inside it, as a
// document's resources must lie inside its tree; others are warnings too.
// Throws Error ("file:line: error: ...") for a value the option rejects.
void apply_config(CLI::App& app, const std::filesystem::path& file, ConfigTrust trust,
                  std::vector<std::string>& warnings);

}  // namespace mdexport
