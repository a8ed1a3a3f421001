#include "cli/run.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>

#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "cli/batch.hpp"
#include "cli/config_file.hpp"
#include "cli/depfile.hpp"
#include "cli/inputs.hpp"
#include "cli/progress.hpp"
#include "convert/conversion.hpp"
#include "util/usable_cpus.hpp"
#include "writer/sink.hpp"

namespace mdexport {
namespace {

namespace fs = std::filesystem;

// A mistake on the command line: reported with exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string format_names(const Registry& registry) {
  std::string names;
  for (const auto& w : registry.writers()) names += (names.empty() ? "" : ", ") + std::string(w.name);
  return names;
}

const WriterInfo& find_format(const std::string& name, const Registry& registry) {
  if (const auto* w = registry.find(name)) return *w;
  const auto near = registry.suggest(name);
  throw UsageError("unknown format '" + name + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?") +
                   " (formats: " + format_names(registry) + ")");
}

std::vector<const WriterInfo*> choose_formats(const CliOptions& opts, const Registry& registry) {
  std::vector<const WriterInfo*> formats;
  if (!opts.format.empty()) {
    std::size_t start = 0;
    while (start <= opts.format.size()) {
      auto end = opts.format.find(',', start);
      if (end == std::string::npos) end = opts.format.size();
      const auto* w = &find_format(opts.format.substr(start, end - start), registry);
      if (std::find(formats.begin(), formats.end(), w) == formats.end()) formats.push_back(w);
      start = end + 1;
    }
    return formats;
  }
  if (opts.output.empty() || opts.output == "-")
    throw UsageError("no output format: give -t FORMAT or -o FILE with a known extension");
  if (const auto* w = registry.find_for_file(opts.output)) return {w};
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

WriteOptions write_options(const CliOptions& opts) {
  WriteOptions w;
  w.columns = opts.columns;
  w.split_level = opts.split_level;
  w.css = opts.css;
  w.pdf_paper = opts.paper;
  w.pdf_margin = length_in_points(opts.margin);
  w.pdf_font_size = opts.font_size;
  w.pdf_body_font = opts.body_font;
  w.pdf_heading_font = opts.heading_font;
  w.pdf_mono_font = opts.mono_font;
  w.pdf_toc = opts.toc;
  w.pdf_ragged = opts.ragged;
  for (const auto& dir : opts.resource_paths) w.resource_paths.emplace_back(dir);
  return w;
}

fs::path target_path(const CliOptions& opts, const InputFile& input, const WriterInfo& format) {
  if (!opts.output.empty()) return opts.output;
  if (!opts.out_dir.empty()) return (fs::path(opts.out_dir) / input.relative).replace_extension(format.extension);
  if (input.path == "-") return "-";
  return fs::path(input.path).replace_extension(format.extension);
}

std::vector<Job> plan_jobs(const CliOptions& opts, const std::vector<const WriterInfo*>& formats,
                           const std::vector<InputFile>& inputs) {
  const bool one_output = inputs.size() == 1 && formats.size() == 1;
  if (!opts.output.empty() && !one_output)
    throw UsageError("-o names one file: use --out-dir for several inputs or formats");
  if (!opts.output.empty() && !opts.out_dir.empty()) throw UsageError("give -o or --out-dir, not both");
  std::vector<Job> jobs;
  std::map<fs::path, fs::path> written_by;
  for (const auto& input : inputs) {
    Job job{input, {}};
    for (const auto* format : formats) {
      auto target = target_path(opts, input, *format);
      std::error_code ec;
      if (input.path != "-" && target != "-" && fs::equivalent(input.path, target, ec))
        throw UsageError("the output " + target.string() + " would overwrite the input");
      const auto key = target == "-" ? target : fs::weakly_canonical(fs::absolute(target), ec);
      if (const auto [it, added] = written_by.emplace(key, input.path); !added && target != "-")
        throw UsageError(it->second.string() + " and " + input.path.string() + " would both write " + target.string());
      job.targets.push_back({format, std::move(target)});
    }
    jobs.push_back(std::move(job));
  }
  return jobs;
}

// An empty --resource-path would mean the working directory: refused.
// One that is not a directory adds nothing: a warning.
void check_resource_paths(const std::vector<std::string>& dirs, std::ostream& err) {
  for (const auto& dir : dirs) {
    if (dir.empty()) throw UsageError("--resource-path must name a directory (\".\" for the working directory)");
    std::error_code ec;
    const auto status = fs::status(dir, ec);
    if (!fs::exists(status)) err << "mdexport: warning: --resource-path " << dir << ": no such directory\n";
    else if (!fs::is_directory(status)) err << "mdexport: warning: --resource-path " << dir << ": not a directory\n";
  }
}

void list_formats(const Registry& registry, std::ostream& out) {
  for (const auto& w : registry.writers()) {
    std::string name(w.name);
    name.resize(std::max<std::size_t>(name.size() + 2, 8), ' ');
    out << name << "." << w.extension << "  " << w.summary << '\n';
  }
}

void write_dependencies(const std::string& file, const std::vector<Job>& jobs, const std::vector<JobResult>& results,
                        const CliOptions& opts) {
  std::vector<DepRule> rules;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (!results[i].ok || jobs[i].input.path == "-") continue;
    DepRule rule;
    for (const auto& t : jobs[i].targets) rule.targets.push_back(t.path.string());
    rule.prerequisites.push_back(jobs[i].input.path.string());
    if (!opts.css.empty()) rule.prerequisites.push_back(opts.css);
    for (const auto& d : results[i].dependencies) rule.prerequisites.push_back(d);
    rules.push_back(std::move(rule));
  }
  std::ostringstream text;
  try {
    write_depfile(rules, text);
  } catch (const Error& e) {
    throw Error(std::string("error: no depfile written: ") + e.what());
  }
  AtomicFileSink sink(file);
  sink.write(text.str());
  sink.commit();
}

// The same file, whether or not it exists yet.
bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec)) return true;
  return fs::weakly_canonical(fs::absolute(a), ec) == fs::weakly_canonical(fs::absolute(b), ec);
}

// The depfile is written after every output: it must not replace one of
// them, nor an input.
void check_depfile(const fs::path& depfile, const std::vector<Job>& jobs) {
  for (const auto& job : jobs) {
    if (job.input.path != "-" && same_file(depfile, job.input.path))
      throw UsageError("the depfile " + depfile.string() + " would overwrite an input");
    for (const auto& t : job.targets)
      if (t.path != "-" && same_file(depfile, t.path))
        throw UsageError("the depfile " + depfile.string() + " would overwrite an output");
  }
}

}  // namespace

int run(const CliOptions& opts, const Registry& registry, std::ostream& out, std::ostream& err) {
  if (opts.list_formats) {
    list_formats(registry, out);
    return kExitOk;
  }
  std::vector<Job> jobs;
  ConvertOptions copts;
  try {
    if (opts.inputs.empty()) throw UsageError("no input file (see --help)");
    check_resource_paths(opts.resource_paths, err);
    const auto formats = choose_formats(opts, registry);
    copts.metadata = parse_metadata(opts.metadata);
    Shard shard;
    if (!opts.shard.empty() && !parse_shard(opts.shard, shard))
      throw UsageError("--shard expects K/N with 1 <= K <= N, got '" + opts.shard + "'");
    std::vector<InputFile> inputs;
    try {
      std::vector<std::string> warnings;
      inputs = expand_inputs(opts.inputs, &warnings);
      for (const auto& w : warnings) err << "mdexport: " << w << '\n';
      if (inputs.empty()) throw Error("error: no Markdown files (*.md, *.markdown) in " + opts.inputs.front());
      inputs = select_shard(std::move(inputs), shard);
    } catch (const Error& e) {
      err << "mdexport: " << e.what() << '\n';
      return kExitFailure;
    }
    jobs = plan_jobs(opts, formats, inputs);
    if (!opts.depfile.empty()) check_depfile(opts.depfile, jobs);
  } catch (const UsageError& e) {
    err << "mdexport: error: " << e.what() << '\n';
    return kExitUsage;
  }
  copts.write = write_options(opts);

  BatchOptions batch;
  batch.jobs = opts.jobs > 0 ? opts.jobs : static_cast<int>(usable_cpus());
  batch.fail_fast = opts.fail_fast;
  batch.make_dirs = !opts.out_dir.empty();
  Progress progress(jobs.size(), isatty(STDERR_FILENO) != 0, opts.verbose, err);
  const auto results = run_batch(
      jobs, copts, batch, out, [&](std::size_t i) { progress.started(jobs[i]); },
      [&](std::size_t i, const JobResult& r) { progress.finished(jobs[i], r); });
  progress.summary(jobs, results);

  bool failed = false;
  for (const auto& r : results) failed = failed || !r.ok;
  if (!opts.depfile.empty()) {
    try {
      write_dependencies(opts.depfile, jobs, results, opts);
    } catch (const Error& e) {
      err << "mdexport: " << e.what() << '\n';
      failed = true;
    }
  }
  return failed ? kExitFailure : kExitOk;
}

namespace {

// mdexport.toml in the directory of the first input (or that directory
// itself), or "" when there is none.
std::string config_beside(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return {};
  const fs::path first = inputs.front() == "-" ? fs::path(".") : fs::path(inputs.front());
  std::error_code ec;
  const auto dir = fs::is_directory(first, ec) ? first : (first.has_parent_path() ? first.parent_path() : ".");
  return fs::exists(dir / "mdexport.toml", ec) ? (dir / "mdexport.toml").string() : std::string();
}

}  // namespace

int main_with_args(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CliOptions opts;
  CLI::App app;
  app.name("mdexport");
  setup_options(app, opts);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e, out, err) == 0 ? kExitOk : kExitUsage;
  }
  // --config names a trusted file; without it, an mdexport.toml beside the
  // first input supplies defaults, limited to how output looks. The command
  // line wins over either.
  auto trust = ConfigTrust::Explicit;
  auto config = opts.config;
  if (config.empty()) {
    config = config_beside(opts.inputs);
    trust = ConfigTrust::Discovered;
  } else if (std::error_code ec; !fs::is_regular_file(config, ec)) {
    err << "mdexport: error: --config " << config << ": no such file\n";
    return kExitUsage;
  }
  if (!config.empty()) {
    std::vector<std::string> warnings;
    try {
      apply_config(app, config, trust, warnings);
    } catch (const Error& e) {
      for (const auto& w : warnings) err << w << '\n';
      err << "mdexport: " << e.what() << '\n';
      return kExitUsage;
    }
    for (const auto& w : warnings) err << w << '\n';
  }
  return run(opts, Registry(), out, err);
}

}  // namespace mdexport
