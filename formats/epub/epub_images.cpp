#include "formats/epub/epub_images.hpp"

#include <cctype>
#include <utility>

#include "formats/epub/webp_fallback.hpp"
#include "formats/xhtml/local_image.hpp"
#include "html/url.hpp"

namespace mdexport {
namespace {

std::string extension_for(const std::string& media_type) {
  if (media_type == "image/png") return ".png";
  if (media_type == "image/jpeg") return ".jpg";
  if (media_type == "image/gif") return ".gif";
  if (media_type == "image/webp") return ".webp";
  return ".svg";
}

}  // namespace

ImageTarget EpubImages::resolve(const std::string& url, doc::SourcePos pos, Diagnostics& diag) {
  if (is_remote_url(url)) {
    diag.warn(pos, "remote image " + url + " is not fetched; it is shown as a link");
    return {ImageTarget::Kind::Link, url.starts_with("//") ? "https:" + url : url};
  }
  if (!url_scheme(url).empty()) {
    diag.warn(pos, "image URL '" + url + "' is not a file or http(s) URL; its alt text is shown");
    return {};
  }
  std::string why;
  const int index = add(url, diag, why);
  if (!note_.empty()) diag.warn(pos, std::exchange(note_, {}));
  if (index < 0) {
    diag.warn(pos, why + "; its alt text is shown");
    return {};
  }
  return {ImageTarget::Kind::Embed, images_[static_cast<std::size_t>(index)].href};
}

int EpubImages::add_cover(const std::string& path, Diagnostics& diag) {
  std::string why;
  const int index = add(path, diag, why);
  if (!note_.empty()) diag.warn({}, "cover-image: " + std::exchange(note_, {}));
  if (index < 0) diag.warn({}, "cover-image: " + why + "; the book has no cover");
  // Every reader must show the cover: a WebP one is shown by its PNG.
  if (index >= 0 && !images_[static_cast<std::size_t>(index)].fallback.empty()) return index + 1;
  return index;
}

int EpubImages::add(const std::string& url, Diagnostics& diag, std::string& why) {
  auto image = load_local_image(url, policy_, diag, why);
  if (!image) return -1;
  note_ = std::move(image->warning);
  const auto key = image->path.string();
  if (auto it = by_path_.find(key); it != by_path_.end()) return it->second;
  if (auto it = by_content_.find(image->bytes); it != by_content_.end()) {
    by_path_[key] = it->second;
    return it->second;
  }
  const int index = static_cast<int>(images_.size());
  PackagedImage item;
  item.id = "img-" + std::to_string(index + 1);
  item.href = "images/" + file_name(image->path, image->media_type);
  item.media_type = image->media_type;
  item.bytes = std::move(image->bytes);
  std::optional<std::string> png;
  if (item.media_type == "image/webp") {
    std::string reason;
    png = webp_to_png(item.bytes, &reason);
    if (!png) {
      why = "cannot decode WebP image " + url + ": " + reason;
      return -1;
    }
    item.fallback = item.id + "-png";
  }
  by_path_[key] = index;
  by_content_[item.bytes] = index;
  const auto stem = image->path;
  images_.push_back(std::move(item));
  if (png) images_.push_back({images_.back().fallback, "images/" + file_name(stem, "image/png"), "image/png", std::move(*png), ""});
  return index;
}

// The source's name reduced to ASCII letters, digits, '-', '_' (validators
// warn about spaces and other characters in package file names), with the
// extension its content calls for, made unique.
std::string EpubImages::file_name(const std::filesystem::path& source, const std::string& media_type) {
  std::string stem;
  for (char c : source.stem().string()) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    stem += ok ? c : '_';
  }
  if (stem.empty() || stem.size() > 64) stem = "image";
  const auto ext = extension_for(media_type);
  std::string name = stem + ext;
  // Compared without case: some readers unpack to case-insensitive disks.
  auto folded = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  for (int n = 2; names_.contains(folded(name)); ++n) name = stem + "-" + std::to_string(n) + ext;
  names_[folded(name)] = 1;
  return name;
}

}  // namespace mdexport
