#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.hpp"
#include "util/diagnostics.hpp"
#include "writer/sink.hpp"

namespace mdexport {

// Options every writer receives; each writer reads the fields it needs.
struct WriteOptions {
  // Text width in display columns for the plain-text writer. Default 72.
  int columns = 72;
  // PDF paper size: "a4", "letter" or "a5". Default "a4".
  std::string pdf_paper = "a4";
  // PDF margin on every side, in points. Default 56.69 (20 mm).
  double pdf_margin = 56.69;
  // PDF body text size in points (headings and code scale from it). Default 10.
  double pdf_font_size = 10;
  // PDF fonts for body text, headings and code: a fontconfig family name or
  // a .ttf file. Default "" = DejaVu Serif, DejaVu Sans, DejaVu Sans Mono.
  std::string pdf_body_font;
  std::string pdf_heading_font;
  std::string pdf_mono_font;
  // PDF: a table of contents with page numbers after the title. Default false.
  bool pdf_toc = false;
  // PDF: body text ragged right instead of justified. Default false.
  bool pdf_ragged = false;
  // Directory that relative resource paths (images, cover) are resolved
  // against: the input file's directory. Default: the working directory.
  std::filesystem::path resource_dir = ".";
  // More directories resources may be read from (--resource-path); nothing
  // outside resource_dir and these is ever read. Default: none.
  std::vector<std::filesystem::path> resource_paths;
  // EPUB: headings of this level or above (1 = only level 1) start a new
  // file; 0 keeps the whole book in one file. Default 1.
  int split_level = 1;
  // EPUB and HTML: a CSS file that replaces the built-in stylesheet.
  // Default empty = the built-in one.
  std::filesystem::path css;
};

// Turns a document into one output format.
class Writer {
 public:
  virtual ~Writer() = default;
  // REQUIRES: doc came from read_markdown (ids made, footnotes numbered).
  // Warnings go to diag; throws Error when no output can be made.
  virtual void write(const doc::Document& doc, const WriteOptions& opts, Diagnostics& diag,
                     Sink& out) const = 0;
};

// One registered format.
struct WriterInfo {
  std::string_view name;       // as given to --to, e.g. "txt"
  std::string_view extension;  // output file extension without the dot
  std::string_view summary;    // one line for --list-formats
  std::unique_ptr<Writer> (*make)();
};

}  // namespace mdexport
