#pragma once
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "writer/writer.hpp"

namespace mdexport {

// The writers built into mdexport, in --list-formats order.
std::span<const WriterInfo> builtin_writers();

// The formats a conversion may choose from: the built-ins, plus any a
// library user adds.
class Registry {
 public:
  // A registry holding the built-in writers.
  Registry();
  // Adds a writer; a later one with the same name replaces the earlier.
  void add(const WriterInfo& info);

  const std::vector<WriterInfo>& writers() const { return writers_; }
  // By format name, or by an alias such as "text" for "txt"; nullptr if none.
  const WriterInfo* find(std::string_view name) const;
  // By output file extension (without dot, any case); nullptr if none.
  const WriterInfo* find_by_extension(std::string_view extension) const;
  // By the extension of an output file name ("out/book.EPUB"); nullptr if none.
  const WriterInfo* find_for_file(const std::filesystem::path& file) const;
  // The closest format name to a mistyped one, or "" when none is close.
  std::string suggest(std::string_view name) const;

 private:
  std::vector<WriterInfo> writers_;
};

}  // namespace mdexport
