#include "util/resource_path.hpp"

#include <algorithm>
#include <cctype>

namespace mdexport {
namespace {

namespace fs = std::filesystem;

bool has_scheme(std::string_view url) {
  const auto colon = url.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;  // "C:" is not a scheme worth a fetch
  return std::all_of(url.begin(), url.begin() + static_cast<long>(colon), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decode_path(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  std::string out;
  for (std::size_t i = 0; i < url.size(); ++i) {
    if (url[i] == '%' && i + 2 < url.size() && hex(url[i + 1]) >= 0 && hex(url[i + 2]) >= 0) {
      out += static_cast<char>(hex(url[i + 1]) * 16 + hex(url[i + 2]));
      i += 2;
    } else {
      out += url[i];
    }
  }
  return out;
}

bool inside(const fs::path& file, const fs::path& root) {
  auto f = file.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++f)
    if (f == file.end() || *f != *r) return false;
  return true;
}

}  // namespace

ResourcePolicy::ResourcePolicy(fs::path base, std::vector<fs::path> extra) {
  std::error_code ec;
  extra.insert(extra.begin(), base.empty() ? fs::path(".") : base);
  for (const auto& dir : extra) {
    auto canonical = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    if (!ec) roots_.push_back(std::move(canonical));
  }
}

ResourcePolicy::Resolved ResourcePolicy::resolve(std::string_view url) const {
  if (has_scheme(url) || url.starts_with("//")) return {Kind::Remote, {}};
  const fs::path relative = decode_path(url);
  if (relative.empty() || relative.is_absolute()) return {relative.empty() ? Kind::Missing : Kind::Refused, {}};
  bool outside = false;
  for (const auto& root : roots_) {
    std::error_code ec;
    // canonical() follows every symlink, so a link leading out is seen as out.
    const auto file = fs::canonical(root / relative, ec);
    if (ec) continue;
    if (!inside(file, root)) {
      outside = true;
      continue;
    }
    if (fs::is_regular_file(file, ec)) return {Kind::Local, file};
  }
  return {outside ? Kind::Refused : Kind::Missing, {}};
}

std::optional<fs::path> ResourcePolicy::local_file(std::string_view url, std::string_view what, doc::SourcePos pos,
                                                   Diagnostics& diag) const {
  const auto r = resolve(url);
  const std::string name(what);
  switch (r.kind) {
    case Kind::Local: diag.depend(r.path.string()); return r.path;
    case Kind::Remote: diag.warn(pos, name + " " + std::string(url) + " is remote and was not fetched"); break;
    case Kind::Missing: diag.warn(pos, name + " " + std::string(url) + " not found"); break;
    case Kind::Refused:
      diag.warn(pos, name + " " + std::string(url) +
                         " is outside the document's directory and --resource-path; not read");
      break;
  }
  return std::nullopt;
}

}  // namespace mdexport
