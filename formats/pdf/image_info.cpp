#include "formats/pdf/image_info.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <vector>

#include "image/image.hpp"
#include "image/sniff.hpp"
#include "image/webp_decode.hpp"

namespace mdexport::pdf {
namespace {

int be16(const unsigned char* p) { return p[0] << 8 | p[1]; }
long be32(const unsigned char* p) { return static_cast<long>(p[0]) << 24 | p[1] << 16 | p[2] << 8 | p[3]; }

// Walks JPEG markers to the first start-of-frame, which holds the size.
bool jpeg_size(std::ifstream& in, ImageInfo& info) {
  in.seekg(2);
  unsigned char m[9];
  while (in.read(reinterpret_cast<char*>(m), 4)) {
    if (m[0] != 0xFF) return false;
    const int marker = m[1];
    const int len = be16(m + 2);
    const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (sof) {
      if (!in.read(reinterpret_cast<char*>(m), 5)) return false;
      info.height = be16(m + 1);
      info.width = be16(m + 3);
      return true;
    }
    if (len < 2) return false;
    in.seekg(len - 2, std::ios::cur);
  }
  return false;
}

}  // namespace

ImageInfo inspect_image(const std::string& url, const ResourcePolicy& policy) {
  ImageInfo info;
  if (url.empty()) {
    info.problem = "image without a URL";
    return info;
  }
  const auto resolved = policy.resolve(url);
  switch (resolved.kind) {
    case ResourcePolicy::Kind::Remote: info.problem = "remote image not fetched: " + url; return info;
    case ResourcePolicy::Kind::Missing: info.problem = "image not found: " + url; return info;
    case ResourcePolicy::Kind::Refused:
      info.problem = "image " + url + " is outside the document's directory and --resource-path; not read";
      return info;
    case ResourcePolicy::Kind::Local: break;
  }
  return inspect_image_file(resolved.path);
}

ImageInfo inspect_image_file(const std::filesystem::path& path) {
  ImageInfo info;
  info.path = path;
  std::ifstream in(info.path, std::ios::binary);
  if (!in) {
    info.problem = "image not found: " + info.path.string();
    return info;
  }
  std::array<unsigned char, 64> head{};
  in.read(reinterpret_cast<char*>(head.data()), head.size());
  const std::string_view got(reinterpret_cast<const char*>(head.data()), static_cast<std::size_t>(in.gcount()));
  long long width = 0, height = 0;
  switch (image::sniff(got)) {
    case image::Format::Png:
      if (got.size() >= 24 && head[12] == 'I' && head[15] == 'R') {
        info.type = ImageType::Png;
        width = be32(&head[16]);
        height = be32(&head[20]);
      }
      break;
    case image::Format::Jpeg:
      in.clear();
      if (jpeg_size(in, info)) info.type = ImageType::Jpeg;
      width = info.width;
      height = info.height;
      break;
    case image::Format::Webp:
      if (int w = 0, h = 0; image::webp_size(got, w, h)) {
        info.type = ImageType::Webp;
        width = w;
        height = h;
      }
      break;
    default: break;
  }
  if (info.type == ImageType::None || width <= 0 || height <= 0) {
    info.type = ImageType::None;
    info.problem = "unsupported image (PDF output takes PNG, JPEG and WebP): " + info.path.string();
    return info;
  }
  try {
    // Refused from the header: a small file of 40,000 x 40,000 zeros
    // would decode to gigabytes.
    image::check_size(width, height, 4);
  } catch (const image::DecodeError& e) {
    info.type = ImageType::None;
    info.problem = std::string(e.what()) + ": " + info.path.string();
    return info;
  }
  info.width = static_cast<int>(width);
  info.height = static_cast<int>(height);
  return info;
}

}  // namespace mdexport::pdf
