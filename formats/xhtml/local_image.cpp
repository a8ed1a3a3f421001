#include "formats/xhtml/local_image.hpp"

#include <fstream>
#include <sstream>

namespace mdexport {

std::string_view sniff_image_type(std::string_view b) {
  if (b.starts_with("\x89PNG\r\n\x1a\n")) return "image/png";
  if (b.starts_with("\xFF\xD8\xFF")) return "image/jpeg";
  if (b.starts_with("GIF87a") || b.starts_with("GIF89a")) return "image/gif";
  if (b.size() >= 12 && b.starts_with("RIFF") && b.substr(8, 4) == "WEBP") return "image/webp";
  // SVG is XML: look for the root element near the start, past any
  // declaration, comments or doctype.
  const auto head = b.substr(0, 4096);
  if (head.find("<svg") != std::string_view::npos) return "image/svg+xml";
  return "";
}

std::optional<LocalImage> load_local_image(std::string_view url, const ResourcePolicy& policy, Diagnostics& diag,
                                           std::string& why) {
  const std::string name(url.substr(0, url.find_first_of("?#")));
  const auto found = policy.resolve(url);
  switch (found.kind) {
    case ResourcePolicy::Kind::Local: break;
    case ResourcePolicy::Kind::Missing: why = "image not found: " + name; return std::nullopt;
    case ResourcePolicy::Kind::Refused:
      why = "image " + name + " is outside the document's directory and --resource-path; not read";
      return std::nullopt;
    case ResourcePolicy::Kind::Remote: why = "image " + std::string(url) + " is not a local file"; return std::nullopt;
  }
  diag.depend(found.path.string());
  std::ifstream in(found.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    why = "cannot read image " + name;
    return std::nullopt;
  }
  LocalImage image;
  image.bytes = std::move(bytes).str();
  image.media_type = sniff_image_type(image.bytes);
  if (image.media_type.empty()) {
    why = "not a PNG, JPEG, GIF, SVG or WebP image: " + name;
    return std::nullopt;
  }
  image.path = found.path;
  return image;
}

}  // namespace mdexport
