#include "html/image_inline.hpp"

#include "html/url.hpp"

namespace mdexport {
namespace {

int pixels(std::string_view value) {
  int n = 0;
  std::size_t i = 0;
  for (; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i) {
    n = n * 10 + (value[i] - '0');
    if (n > 100000) return 0;
  }
  const auto unit = value.substr(i);
  const bool px = unit.size() == 2 && (unit[0] | 0x20) == 'p' && (unit[1] | 0x20) == 'x';
  return unit.empty() || px ? n : 0;
}

// A relative reference the writers may read from disk: not remote
// ("//host/..."), no scheme (javascript:, data:, https:).
bool is_local(std::string_view src) { return !src.empty() && url_scheme(src).empty() && !is_remote_url(src); }

}  // namespace

std::optional<doc::Inline> image_inline(std::string src, const std::string& alt, std::string_view width,
                                        std::string_view height, bool in_link, doc::SourcePos pos) {
  if (is_local(src)) {
    auto picture = doc::inline_of(doc::InlineKind::Image);
    picture.url = std::move(src);
    picture.pos = pos;
    if (!alt.empty()) picture.children.push_back(doc::inline_of(doc::InlineKind::Text, alt));
    picture.width = pixels(width);
    picture.height = pixels(height);
    return picture;
  }
  if (!alt.empty()) return doc::inline_of(doc::InlineKind::Text, "[image: " + alt + "]");
  if (in_link) return doc::inline_of(doc::InlineKind::Text, "[image]");
  return std::nullopt;
}

}  // namespace mdexport
