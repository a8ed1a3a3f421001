#include "cli/options.hpp"

#include <CLI/CLI.hpp>

namespace mdexport {

double length_in_points(const std::string& text) {
  static const std::pair<const char*, double> kUnits[] = {{"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"in", 72}, {"pt", 1}};
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    return -1;
  }
  const std::string unit = text.substr(used);
  if (value < 0) return -1;
  if (unit.empty()) return value * kUnits[0].second;
  for (const auto& [name, points] : kUnits)
    if (unit == name) return value * points;
  return -1;
}

void setup_options(CLI::App& app, CliOptions& opts) {
  app.description("Convert Markdown (CommonMark + GitHub extensions) to PDF, EPUB 3, HTML and plain text.");
  app.footer(
      "The output format comes from -t, else from the extension of -o.\n"
      "Without -o or --out-dir, each output is written beside its input, named after it.\n"
      "Options may also come from mdexport.toml beside the first input, or --config FILE; files they name\n"
      "(css, fonts, resource-path) must lie in the configuration file's directory.\n"
      "PDF font lookups are cached in ~/.cache/mdexport (MDEXPORT_CACHE_DIR moves it; empty: none).\n"
      "Exit status: 0 success, 1 conversion error, 2 usage error.");
  app.add_option("inputs", opts.inputs, "Markdown files or directories (searched for *.md), or - for standard input");
  app.add_option("-o,--output", opts.output, "Output file, or - for standard output (one input and format)");
  app.add_option("--out-dir", opts.out_dir, "Write outputs under DIR, mirroring the input directories");
  app.add_option("-t,--to", opts.format, "Output formats, comma-separated, e.g. pdf,epub,txt (see --list-formats)");
  app.add_option("-j,--jobs", opts.jobs, "Convert N files in parallel (default: one per core it may use)")->check(CLI::Range(1, 1024));
  app.add_flag("--verbose", opts.verbose, "Print a line for every converted file");
  app.add_flag("--fail-fast", opts.fail_fast, "Stop at the first file that fails");
  app.add_option("--depfile", opts.depfile, "Write Make dependencies of the outputs to FILE");
  app.add_option("--shard", opts.shard, "Convert only slice K of N of the inputs (K/N, e.g. 2/4)");
  app.add_option("--resource-path", opts.resource_paths,
                 "Also read images and stylesheets from DIR (repeatable); default: only the input's directory tree")
      ->allow_extra_args(false);
  app.add_option("--columns", opts.columns, "Line width of plain text output (default 72)")
      ->check(CLI::Range(20, 10000));
  app.add_option("--paper", opts.paper, "PDF paper size: a4 (default), letter or a5")
      ->check(CLI::IsMember({"a4", "letter", "a5"}, CLI::ignore_case));
  app.add_option("--margin", opts.margin, "PDF page margin, e.g. 20mm (default), 2cm, 0.75in, 54pt")
      ->check(CLI::Validator(
          [](std::string& s) { return length_in_points(s) < 0 ? "expected a length such as 20mm, 1in or 54pt" : ""; },
          "LENGTH"));
  app.add_option("--font-size", opts.font_size, "PDF body text size in points (default 10)")->check(CLI::Range(5.0, 30.0));
  app.add_option("--body-font", opts.body_font, "PDF body font: family name or .ttf file (default DejaVu Serif)");
  app.add_option("--heading-font", opts.heading_font, "PDF heading font: family name or .ttf file (default DejaVu Sans)");
  app.add_option("--mono-font", opts.mono_font, "PDF code font: family name or .ttf file (default DejaVu Sans Mono)");
  app.add_flag("--toc", opts.toc, "PDF: add a table of contents with page numbers");
  app.add_flag("--ragged", opts.ragged, "PDF: ragged-right body text instead of justified");
  app.add_option("--split-level", opts.split_level,
                 "EPUB: start a new file at headings of this level or above; 0 = one file (default 1)")
      ->check(CLI::Range(0, 6));
  app.add_option("--css", opts.css, "EPUB and HTML: stylesheet that replaces the built-in one")
      ->check(CLI::ExistingFile);
  app.add_option("--metadata", opts.metadata, "Set a metadata field, overriding front matter (KEY=VALUE)")
      ->allow_extra_args(false);
  app.add_flag("--list-formats", opts.list_formats, "List the output formats and exit");
  app.set_version_flag("--version", "mdexport " MDEXPORT_VERSION);
  app.add_option("--config", opts.config,
                 "Read options from a TOML file (default: mdexport.toml beside the first input, which may not "
                 "set output, out-dir, depfile, resource-path or inputs)");
}

}  // namespace mdexport
