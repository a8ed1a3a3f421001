#pragma once
#include <filesystem>
#include <string>

#include "util/resource_path.hpp"

namespace mdexport::pdf {

enum class ImageType { None, Png, Jpeg, Webp };

// What the layout needs to know about a picture before drawing it.
struct ImageInfo {
  ImageType type = ImageType::None;
  int width = 0;   // pixels
  int height = 0;  // pixels
  std::filesystem::path path;
  std::string problem;  // why it cannot be shown, when type is None
};

// Looks at an image URL from the document: remote URLs are never fetched;
// local paths are resolved by policy (nothing outside the document's tree
// and --resource-path) and read by inspect_image_file.
ImageInfo inspect_image(const std::string& url, const ResourcePolicy& policy);

// Reads a local image's header (PNG IHDR, JPEG SOF, WebP) for its type and
// size in pixels; refuses images past the decoders' limit (image/image.hpp).
// The painter decodes the pixels.
ImageInfo inspect_image_file(const std::filesystem::path& path);

}  // namespace mdexport::pdf
