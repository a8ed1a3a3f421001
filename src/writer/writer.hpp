#pragma once
#include <filesystem>
#include <memory>
#include <string_view>

#include "doc/document.hpp"
#include "util/diagnostics.hpp"
#include "writer/sink.hpp"

namespace mdexport {

// Options every writer receives; each writer reads the fields it needs.
struct WriteOptions {
  // Text width in display columns for the plain-text writer. Default 72.
  int columns = 72;
  // Directory that relative resource paths (images, cover) are resolved
  // against: the input file's directory. Default: the working directory.
  std::filesystem::path resource_dir = ".";
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
