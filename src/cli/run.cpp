#include "cli/run.hpp"

#include <CLI/CLI.hpp>

#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "convert/conversion.hpp"

namespace mdexport {
namespace {

namespace fs = std::filesystem;

// A mistake on the command line: reported with exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw Error("error: cannot read " + path + ": it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("error: cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error("error: cannot read " + path + ": " + std::strerror(errno));
  return buffer.str();
}

std::string format_names(const Registry& registry) {
  std::string names;
  for (const auto& w : registry.writers()) names += (names.empty() ? "" : ", ") + std::string(w.name);
  return names;
}

const WriterInfo& choose_format(const CliOptions& opts, const Registry& registry) {
  if (!opts.format.empty()) {
    if (const auto* w = registry.find(opts.format)) return *w;
    const auto near = registry.suggest(opts.format);
    throw UsageError("unknown format '" + opts.format + "'" +
                     (near.empty() ? "" : "; did you mean '" + near + "'?") +
                     " (formats: " + format_names(registry) + ")");
  }
  if (opts.output.empty() || opts.output == "-")
    throw UsageError("no output format: give -t FORMAT or -o FILE with a known extension");
  auto ext = fs::path(opts.output).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  if (const auto* w = registry.find_by_extension(ext)) return *w;
  throw UsageError("cannot tell the format of '" + opts.output + "' from its extension; give -t FORMAT (formats: " +
                   format_names(registry) + ")");
}

std::vector<std::pair<std::string, std::string>> parse_metadata(const std::vector<std::string>& pairs) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& pair : pairs) {
    const auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError("--metadata expects KEY=VALUE, got '" + pair + "'");
    out.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
  }
  return out;
}

fs::path output_path(const CliOptions& opts, const WriterInfo& format) {
  if (!opts.output.empty()) return opts.output;
  if (opts.input == "-") return "-";
  return fs::path(opts.input).replace_extension(format.extension);
}

void list_formats(const Registry& registry, std::ostream& out) {
  for (const auto& w : registry.writers()) {
    std::string name(w.name);
    name.resize(std::max<std::size_t>(name.size() + 2, 8), ' ');
    out << name << "." << w.extension << "  " << w.summary << '\n';
  }
}

void convert_to(const CliOptions& opts, const WriterInfo& format, const ConvertOptions& copts,
                const fs::path& target, Diagnostics& diag, std::ostream& out) {
  const auto bytes = read_input(opts.input);
  if (target == "-") {
    // Buffered so that a failed conversion writes nothing at all.
    StringSink sink;
    convert(bytes, format, copts, diag, sink);
    out << sink.str() << std::flush;
    if (!out) throw Error("error: cannot write standard output");
    return;
  }
  AtomicFileSink sink(target);
  convert(bytes, format, copts, diag, sink);
  sink.commit();
}

}  // namespace

int run(const CliOptions& opts, const Registry& registry, std::ostream& out, std::ostream& err) {
  if (opts.list_formats) {
    list_formats(registry, out);
    return kExitOk;
  }
  const WriterInfo* format = nullptr;
  ConvertOptions copts;
  fs::path target;
  try {
    if (opts.input.empty()) throw UsageError("no input file (see --help)");
    format = &choose_format(opts, registry);
    copts.metadata = parse_metadata(opts.metadata);
    target = output_path(opts, *format);
    std::error_code ec;
    if (opts.input != "-" && target != "-" && fs::equivalent(opts.input, target, ec))
      throw UsageError("the output " + target.string() + " would overwrite the input");
  } catch (const UsageError& e) {
    err << "mdexport: error: " << e.what() << '\n';
    return kExitUsage;
  }
  copts.write.columns = opts.columns;
  if (opts.input != "-") {
    copts.write.resource_dir = fs::path(opts.input).parent_path();
    if (copts.write.resource_dir.empty()) copts.write.resource_dir = ".";
    copts.fallback_title = fs::path(opts.input).stem().string();
  }
  Diagnostics diag(opts.input == "-" ? "<stdin>" : opts.input);
  int status = kExitOk;
  try {
    convert_to(opts, *format, copts, target, diag, out);
  } catch (const Error& e) {
    err << "mdexport: " << e.what() << '\n';
    status = kExitFailure;
  } catch (const std::bad_alloc&) {
    err << "mdexport: error: out of memory converting " << diag.file() << '\n';
    status = kExitFailure;
  }
  for (const auto& w : diag.warnings()) err << w << '\n';
  return status;
}

int main_with_args(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app;
  app.name("mdexport");
  CliOptions opts;
  setup_options(app, opts);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e, out, err) == 0 ? kExitOk : kExitUsage;
  }
  return run(opts, Registry(), out, err);
}

}  // namespace mdexport
