#include "util/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "util/diagnostics.hpp"

namespace mdexport {

std::string read_file(const std::filesystem::path& path, std::string_view what) {
  auto fail = [&](int error) {
    return Error("error: cannot read " + std::string(what) + path.string() + ": " + std::strerror(error));
  };
  std::error_code ec;
  // An ifstream opens a directory without complaint; say what it is.
  if (std::filesystem::is_directory(path, ec)) throw fail(EISDIR);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw fail(errno);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw fail(errno);
  return std::move(bytes).str();
}

}  // namespace mdexport
