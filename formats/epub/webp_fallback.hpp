#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mdexport {

// A WebP image as PNG bytes, or nullopt when libwebp cannot decode it.
// EPUB 3.2 readers need not show WebP: the book carries this PNG as the
// WebP's manifest fallback, which epubcheck requires.
std::optional<std::string> webp_to_png(std::string_view webp);

}  // namespace mdexport
