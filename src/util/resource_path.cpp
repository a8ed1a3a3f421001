#include "util/resource_path.hpp"

#include "html/url.hpp"

namespace mdexport {
namespace {

namespace fs = std::filesystem;

// Markdown links are URLs: "my%20image.png#part" names "my image.png".
std::string decode_path(std::string_view url) { return percent_decode(url.substr(0, url.find_first_of("?#"))); }

}  // namespace

bool path_inside(const fs::path& file, const fs::path& root) {
  auto f = file.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++f)
    if (f == file.end() || *f != *r) return false;
  return true;
}

ResourcePolicy::ResourcePolicy(fs::path base, std::vector<fs::path> extra) {
  std::error_code ec;
  extra.insert(extra.begin(), base.empty() ? fs::path(".") : base);
  for (const auto& dir : extra) {
    auto canonical = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    if (!ec) roots_.push_back(std::move(canonical));
  }
}

ResourcePolicy::Resolved ResourcePolicy::resolve(std::string_view url) const {
  if (!url_scheme(url).empty() || url.starts_with("//")) return {Kind::Remote, {}};
  const fs::path relative = decode_path(url);
  if (relative.empty() || relative.is_absolute()) return {relative.empty() ? Kind::Missing : Kind::Refused, {}};
  bool outside = false;
  for (const auto& root : roots_) {
    std::error_code ec;
    // canonical() follows every symlink, so a link leading out is seen as out.
    const auto file = fs::canonical(root / relative, ec);
    if (ec) continue;
    if (!path_inside(file, root)) {
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
