#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "formats/xhtml/image_resolver.hpp"
#include "util/resource_path.hpp"

namespace mdexport {

// An image file inside the package.
struct PackagedImage {
  std::string id;          // manifest id
  std::string href;        // relative to the package document, e.g. "images/logo.png"
  std::string media_type;
  std::string bytes;
  std::string fallback;    // manifest id of the PNG standing in for a WebP, or ""
};

// Images of an EPUB: local PNG, JPEG, GIF, SVG (sanitised) and WebP files are copied
// into the package once each (by file, and by content), under file names
// that are safe in any reader; a WebP gets a PNG copy as its fallback, as
// EPUB 3.2 requires; a remote image is never fetched and becomes a link; a
// missing one shows its alt text. Both warn.
class EpubImages : public ImageResolver {
 public:
  explicit EpubImages(ResourcePolicy policy) : policy_(std::move(policy)) {}
  ImageTarget resolve(const std::string& url, doc::SourcePos pos, Diagnostics& diag) override;
  // Adds the cover image (a path relative to dir) and returns its index in
  // images(), or -1 with a warning when it cannot be used.
  int add_cover(const std::string& path, Diagnostics& diag);
  const std::vector<PackagedImage>& images() const { return images_; }

 private:
  // The index of the image in images_, adding it if new; -1 with why set.
  int add(const std::string& url, Diagnostics& diag, std::string& why);
  std::string file_name(const std::filesystem::path& source, const std::string& media_type);

  ResourcePolicy policy_;
  std::vector<PackagedImage> images_;
  std::map<std::string, int> by_path_;     // canonical source path -> index
  std::map<std::string, int> by_content_;  // bytes -> index
  std::map<std::string, int> names_;       // file names taken
  std::string note_;                       // what sanitising the image add() read removed, for a warning
};

}  // namespace mdexport
