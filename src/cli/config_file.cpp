#include "cli/config_file.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>

#include "util/diagnostics.hpp"
#include "util/resource_path.hpp"

namespace mdexport {
namespace {

namespace fs = std::filesystem;

// What a configuration file found in the converted tree may set: how the
// output looks and how the batch runs. Where output is written (output,
// out-dir, depfile) and what else is read (inputs, resource-path, config)
// come only from the command line or --config.
constexpr std::string_view kDiscoveredKeys[] = {
    "to",        "jobs",          "verbose",     "fail-fast", "shard", "columns", "paper",       "margin",
    "font-size", "body-font",     "heading-font", "mono-font", "toc",   "ragged",  "split-level", "css",
    "metadata"};
// Never read from any configuration file.
constexpr std::string_view kCommandLineOnly[] = {"config", "help", "version", "list-formats"};

template <std::size_t N>
bool listed(const std::string_view (&keys)[N], std::string_view key) {
  return std::find(std::begin(keys), std::end(keys), key) != std::end(keys);
}

std::string trimmed(std::string s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::string position(const fs::path& file, int line) { return file.string() + ":" + std::to_string(line) + ": "; }

// A font given as a file rather than a fontconfig family (as FontFiles tells them apart).
bool is_font_file(const std::string& s) {
  return s.find('/') != std::string::npos || s.ends_with(".ttf") || s.ends_with(".TTF");
}

// value resolved from folder (canonical), when it names a file (or a
// directory) inside folder's tree; else the reason, for a warning.
struct Confined {
  std::optional<fs::path> path;
  std::string problem;
};
Confined confine(const fs::path& folder, const std::string& value, bool directory) {
  const fs::path given = fs::path(value).is_absolute() ? fs::path(value) : folder / value;
  std::error_code ec;
  const auto resolved = fs::weakly_canonical(given, ec);
  if (ec || !path_inside(resolved, folder)) return {std::nullopt, "is outside the configuration file's directory"};
  const auto status = fs::status(resolved, ec);
  if (!fs::exists(status)) return {std::nullopt, "not found"};
  if (directory ? !fs::is_directory(status) : !fs::is_regular_file(status))
    return {std::nullopt, directory ? "is not a directory" : "is not a file"};
  return {resolved, {}};
}

// The values of key with file paths resolved and confined; a value that may
// not be read is dropped with a warning.
std::vector<std::string> confined_values(const std::string& key, const ConfigKey& item, const fs::path& file,
                                         const fs::path& folder, std::vector<std::string>& warnings) {
  const bool directory = key == "resource-path";
  const bool file_key = key == "css" || key.ends_with("-font");
  if (!directory && !file_key) return item.values;
  std::vector<std::string> out;
  for (const auto& value : item.values) {
    if (key.ends_with("-font") && !is_font_file(value)) {
      out.push_back(value);  // a family name, looked up by fontconfig
      continue;
    }
    if (value.empty()) {
      warnings.push_back(position(file, item.line) + "warning: " + key + " is empty; not read");
      continue;
    }
    const auto c = confine(folder, value, directory);
    if (c.path) out.push_back(c.path->string());
    else
      warnings.push_back(position(file, item.line) + "warning: " + key + " " + value + " " + c.problem + "; not read");
  }
  return out;
}

CLI::Option* option_for(CLI::App& app, const std::string& name) {
  if (name.empty() || name.find('.') != std::string::npos) return nullptr;
  if (auto* op = app.get_option_no_throw("--" + name)) return op;
  if (name.size() == 1)
    if (auto* op = app.get_option_no_throw("-" + name)) return op;
  return app.get_option_no_throw(name);  // the positional "inputs"
}

// Gives op the values as CLI11 gives a configuration file's (App::_parse_single_config).
void set_option(CLI::Option& op, const ConfigKey& item, const std::vector<std::string>& values) {
  if (op.get_expected_min() == 0) {  // a flag
    if (values.size() != 1) throw CLI::ConversionError::TooManyInputsFlag(item.name);
    op.add_result(op.get_flag_value(item.name, values.front()));
  } else {
    op.add_result(values);
  }
  op.run_callback();
}

}  // namespace

std::vector<ConfigKey> read_config(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(file.string() + ": error: cannot read the configuration file");
  // Each statement is handed to CLI11's TOML reader alone, under its
  // section, so that every key keeps its line.
  std::vector<ConfigKey> keys;
  std::string section, line;
  CLI::ConfigTOML toml;
  for (int number = 1; std::getline(in, line); ++number) {
    const int first = number;
    auto text = trimmed(line);
    if (text.size() < 3 || text.front() == '#' || text.front() == ';') continue;  // as CLI11 skips them
    if (text.front() == '[' && text.back() == ']') {
      section = text;
      continue;
    }
    // An array value may continue over the following lines up to its ']'.
    if (const auto eq = text.find('='); eq != std::string::npos) {
      const auto value = trimmed(text.substr(eq + 1));
      if (!value.empty() && value.front() == '[')
        for (std::string more; trimmed(text).back() != ']' && std::getline(in, more); ++number) text += trimmed(more);
    }
    std::istringstream statement(section + "\n" + text + "\n");
    std::vector<CLI::ConfigItem> items;
    try {
      items = toml.from_config(statement);
    } catch (const CLI::Error& e) {
      throw Error(position(file, first) + "error: " + e.what());
    }
    for (const auto& item : items)
      if (item.name != "++" && item.name != "--") keys.push_back({item.fullname(), item.inputs, first});
  }
  return keys;
}

void apply_config(CLI::App& app, const fs::path& file, ConfigTrust trust, std::vector<std::string>& warnings) {
  std::error_code ec;
  const auto folder = fs::canonical(fs::absolute(file).parent_path(), ec);
  for (const auto& item : read_config(file)) {
    const auto where = position(file, item.line);
    auto* op = option_for(app, item.name);
    const std::string key = op ? op->get_single_name() : std::string();
    if (!op || key == "help" || key == "version") {
      warnings.push_back(where + "warning: unknown key '" + item.name + "', ignored");
      continue;
    }
    if (listed(kCommandLineOnly, key)) {
      warnings.push_back(where + "warning: '" + key + "' is not read from a configuration file; give it on the "
                                 "command line");
      continue;
    }
    if (trust == ConfigTrust::Discovered && !listed(kDiscoveredKeys, key)) {
      warnings.push_back(where + "warning: '" + key + "' is not read from a configuration file found beside the "
                                 "input; give it on the command line or in a file named with --config");
      continue;
    }
    if (op->count() > 0) continue;  // the command line wins
    const auto values = confined_values(key, item, file, folder, warnings);
    if (values.empty()) continue;
    try {
      set_option(*op, item, values);
    } catch (const CLI::Error& e) {
      throw Error(where + "error: " + e.what());
    }
  }
}

}  // namespace mdexport
