#pragma once
#include <string_view>

namespace mdexport::image {

enum class Format { Unknown, Png, Jpeg, Webp, Gif };

// The raster format bytes start with, by its signature alone (never by
// the file's name): PNG's eight bytes, JPEG's SOI and a marker, RIFF...WEBP,
// GIF87a/GIF89a.
Format sniff(std::string_view bytes);

// "PNG", "JPEG", "WebP", "GIF", "unknown".
std::string_view format_name(Format format);

}  // namespace mdexport::image
