#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "doc/document.hpp"

namespace mdexport {

// What a raw HTML <img> shows in the writers that draw no HTML, from its
// attributes' values with the spaces around them trimmed. A picture
// of a local file is an Image: its alt text, the width and height asked
// for in whole CSS pixels ("200", "200px"; 0 for none, a percentage or
// another unit) and pos for warnings. A remote one (a README's badges)
// shows its alt text, "[image: alt]"; without alt text it is left out,
// unless it is all a link has to click ("[image]").
std::optional<doc::Inline> image_inline(std::string src, const std::string& alt, std::string_view width,
                                        std::string_view height, bool in_link, doc::SourcePos pos);

}  // namespace mdexport
