#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "util/resource_path.hpp"

namespace mdexport {

// An image file read from disk.
struct LocalImage {
  std::filesystem::path path;  // canonical
  std::string media_type;      // "image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp"
  std::string bytes;        // for SVG: as sanitize_svg made it
  std::string warning;      // what sanitising removed, for the caller to warn at its position; or ""
};

// The media type of an image from its signature (PNG, JPEG, GIF, WebP magic
// bytes; SVG when the document element, after an XML declaration, comments,
// processing instructions, a DOCTYPE and whitespace, is svg declaring the
// SVG namespace); "" when it is none of these. Content, not the file name,
// decides: a validator rejects a JPEG named .png.
std::string_view sniff_image_type(std::string_view bytes);

// Reads the image a relative url names, where policy allows (inside the
// document's directory or a --resource-path one; "%20" decoded, "?query"
// and "#fragment" ignored). A file found is recorded as a dependency in
// diag, usable or not: its content decides the output. An SVG is passed
// through sanitize_svg, and refused when that fails. On failure returns
// nullopt and sets why to a message such as "image not found: img/logo.png".
std::optional<LocalImage> load_local_image(std::string_view url, const ResourcePolicy& policy, Diagnostics& diag,
                                           std::string& why);

}  // namespace mdexport
