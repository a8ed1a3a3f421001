#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mdexport {

// A WebP image as PNG bytes, or nullopt (with the reason in *why when
// given) when it cannot be decoded or passes the decoders' size limit
// (image/image.hpp). EPUB 3.2 readers need not show WebP: the book carries
// this PNG as the WebP's manifest fallback, which epubcheck requires.
std::optional<std::string> webp_to_png(std::string_view webp, std::string* why = nullptr);

}  // namespace mdexport
