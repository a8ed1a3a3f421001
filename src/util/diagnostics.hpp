#pragma once
#include <stdexcept>
#include <string>
#include <vector>

#include "doc/document.hpp"

namespace mdexport {

// A conversion error the user can act on. what() is the whole message:
// "file:line:col: error: ..." where a position is known, else "error: ...".
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Collects warnings for one input file, formatted as "file:line:col: message".
class Diagnostics {
 public:
  explicit Diagnostics(std::string file = "<input>") : file_(std::move(file)) {}

  const std::string& file() const { return file_; }
  // "file:line:col" (or "file" when pos is unknown).
  std::string where(doc::SourcePos pos) const;
  // Past kMaxWarnings, warnings are only counted: a README with 400 remote
  // badges should not bury the one warning that matters.
  void warn(doc::SourcePos pos, const std::string& message);
  static constexpr std::size_t kMaxWarnings = 30;
  // Builds an Error whose message carries this file and pos.
  Error error(doc::SourcePos pos, const std::string& message) const;

  const std::vector<std::string>& warnings() const { return warnings_; }

  // Files the output was made from besides the input (images, stylesheets,
  // fonts), for --depfile. Repeats are kept once.
  void depend(const std::string& path);
  const std::vector<std::string>& dependencies() const { return dependencies_; }

 private:
  std::string file_;
  std::vector<std::string> warnings_;
  std::vector<std::string> dependencies_;
  std::size_t unshown_ = 0;
};

}  // namespace mdexport
