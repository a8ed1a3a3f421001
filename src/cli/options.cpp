#include "cli/options.hpp"

#include <CLI/CLI.hpp>

namespace mdexport {

void setup_options(CLI::App& app, CliOptions& opts) {
  app.description("Convert Markdown (CommonMark + GitHub extensions) to plain text.");
  app.footer(
      "The output format comes from -t, else from the extension of -o.\n"
      "Without -o, the output is written beside the input, named after it.\n"
      "Exit status: 0 success, 1 conversion error, 2 usage error.");
  app.add_option("input", opts.input, "Markdown file to convert, or - for standard input");
  app.add_option("-o,--output", opts.output, "Output file, or - for standard output");
  app.add_option("-t,--to", opts.format, "Output format (see --list-formats)");
  app.add_option("--columns", opts.columns, "Line width of plain text output (default 72)")
      ->check(CLI::Range(20, 10000));
  app.add_option("--metadata", opts.metadata, "Set a metadata field, overriding front matter (KEY=VALUE)")
      ->allow_extra_args(false);
  app.add_flag("--list-formats", opts.list_formats, "List the output formats and exit");
  app.set_version_flag("--version", "mdexport " MDEXPORT_VERSION);
}

}  // namespace mdexport
