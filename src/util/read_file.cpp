#include "util/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

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
  // Reserved to the file's size: a string grown while reading would hold up
  // to twice the input, for the whole conversion. A pipe has no size; it
  // grows as read.
  std::string bytes;
  if (const auto size = std::filesystem::file_size(path, ec); !ec) bytes.reserve(size);
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw fail(errno);
  return bytes;
}

}  // namespace mdexport
