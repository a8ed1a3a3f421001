#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mdexport {

// Everything the command line can say, with its default.
struct CliOptions {
  std::vector<std::string> inputs;    // Markdown files or directories, or "-" for standard input. Required.
  std::string output;                 // -o: file, or "-" for standard output. Default: beside input.
  std::string out_dir;                // --out-dir: write outputs here, mirroring input directories.
  std::string format;                 // -t: format names, comma-separated. Default: from the -o extension.
  int jobs = 0;                       // -j: parallel conversions. Default 0 = one per core.
  bool verbose = false;               // --verbose: a line per converted file.
  bool fail_fast = false;             // --fail-fast: stop at the first failed file.
  std::string depfile;                // --depfile: write Make dependencies here.
  std::string shard;                  // --shard K/N: convert only slice K of N.
  std::vector<std::string> resource_paths;  // --resource-path: more directories resources may come from.
  int columns = 72;                   // --columns: text width of the txt format.
  std::string paper = "a4";           // --paper: a4, letter or a5 (pdf).
  std::string margin = "20mm";        // --margin: page margin with unit mm, cm, in or pt (pdf).
  double font_size = 10;              // --font-size: body text size in points (pdf).
  std::string body_font;              // --body-font: family or .ttf file. Default: DejaVu Serif (pdf).
  std::string heading_font;           // --heading-font: family or .ttf file. Default: DejaVu Sans (pdf).
  std::string mono_font;              // --mono-font: family or .ttf file. Default: DejaVu Sans Mono (pdf).
  bool toc = false;                   // --toc: table of contents with page numbers (pdf).
  bool ragged = false;                // --ragged: ragged-right body text instead of justified (pdf).
  int split_level = 1;                // --split-level: heading level that starts a new EPUB file; 0 = one file.
  std::string css;                    // --css: stylesheet replacing the built-in one (epub, html). Default: built-in.
  std::vector<std::string> metadata;  // --metadata key=value, repeatable.
  bool list_formats = false;          // --list-formats: print formats and exit.
  std::string config;                 // --config: TOML file of options. Default: mdexport.toml beside the first input.
};

// A length such as "20mm", "2cm", "0.75in" or "54pt" in points (a bare
// number is millimetres); negative when text is not such a length.
double length_in_points(const std::string& text);

// Declares every option on app, bound to opts. Configuration files are not
// read by CLI11: apply_config (config_file.hpp) reads them, with line
// numbers and the limits on what each kind may set.
void setup_options(CLI::App& app, CliOptions& opts);

}  // namespace mdexport
