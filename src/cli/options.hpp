#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mdexport {

// Everything the command line can say, with its default.
struct CliOptions {
  std::string input;                  // Markdown file, or "-" for standard input. Required.
  std::string output;                 // -o: file, or "-" for standard output. Default: beside input.
  std::string format;                 // -t: format name. Default: from the output extension.
  int columns = 72;                   // --columns: text width of the txt format.
  std::vector<std::string> metadata;  // --metadata key=value, repeatable.
  bool list_formats = false;          // --list-formats: print formats and exit.
};

// Declares every option on app, bound to opts.
void setup_options(CLI::App& app, CliOptions& opts);

}  // namespace mdexport
