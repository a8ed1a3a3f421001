#include "image/sniff.hpp"

namespace mdexport::image {

Format sniff(std::string_view b) {
  using namespace std::string_view_literals;
  if (b.starts_with("\x89PNG\r\n\x1A\n"sv)) return Format::Png;
  if (b.starts_with("\xFF\xD8\xFF"sv)) return Format::Jpeg;
  if (b.size() >= 12 && b.starts_with("RIFF"sv) && b.substr(8, 4) == "WEBP"sv) return Format::Webp;
  if (b.starts_with("GIF87a"sv) || b.starts_with("GIF89a"sv)) return Format::Gif;
  return Format::Unknown;
}

std::string_view format_name(Format format) {
  switch (format) {
    case Format::Png: return "PNG";
    case Format::Jpeg: return "JPEG";
    case Format::Webp: return "WebP";
    case Format::Gif: return "GIF";
    case Format::Unknown: break;
  }
  return "unknown";
}

}  // namespace mdexport::image
