#pragma once
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "util/diagnostics.hpp"

namespace mdexport {

// Decides which files a document may pull into its output (images, cover,
// stylesheets): only those inside the input's own directory tree or a
// --resource-path directory. A hostile document cannot copy /etc/passwd
// into an EPUB with "../" escapes, absolute paths or symlinks leading out.
class ResourcePolicy {
 public:
  // base: the input file's directory. extra: --resource-path directories.
  explicit ResourcePolicy(std::filesystem::path base, std::vector<std::filesystem::path> extra = {});

  enum class Kind {
    Local,    // path holds a readable regular file inside an allowed root
    Remote,   // a URL with a scheme (http:, https:, data:...): never fetched
    Missing,  // no such file in any allowed root
    Refused,  // the file lies outside every allowed root
  };
  struct Resolved {
    Kind kind;
    std::filesystem::path path;  // set for Local
  };

  // Resolves a link target as written in Markdown: percent-escapes decoded,
  // "#fragment" and "?query" dropped, relative to each root in turn.
  Resolved resolve(std::string_view url) const;

  // resolve(), with a warning at pos for anything but Local: the message
  // says what was skipped and why. what names the resource ("image").
  // A Local file is recorded as a dependency in diag.
  std::optional<std::filesystem::path> local_file(std::string_view url, std::string_view what,
                                                  doc::SourcePos pos, Diagnostics& diag) const;

 private:
  std::vector<std::filesystem::path> roots_;  // canonical
};

// Whether file lies in root's tree (or is root), comparing whole
// components. REQUIRES: both canonical.
bool path_inside(const std::filesystem::path& file, const std::filesystem::path& root);

}  // namespace mdexport
