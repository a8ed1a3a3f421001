#include "formats/html/html_images.hpp"

#include <map>

#include "formats/xhtml/local_image.hpp"
#include "html/url.hpp"

namespace mdexport {

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                   static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  if (i < bytes.size()) {
    const bool two = i + 1 < bytes.size();
    const auto n = (static_cast<unsigned char>(bytes[i]) << 16) | (two ? static_cast<unsigned char>(bytes[i + 1]) << 8 : 0);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += two ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

ImageTarget HtmlImages::resolve(const std::string& url, doc::SourcePos pos, Diagnostics& diag) {
  if (is_remote_url(url)) {
    diag.warn(pos, "remote image " + url + " is not fetched; it is shown as a link");
    return {ImageTarget::Kind::Link, url.starts_with("//") ? "https:" + url : url};
  }
  if (!url_scheme(url).empty()) {
    diag.warn(pos, "image URL '" + url + "' is not a file or http(s) URL; its alt text is shown");
    return {};
  }
  std::string why;
  const auto image = load_local_image(url, policy_, diag, why);
  if (!image) {
    diag.warn(pos, why + "; its alt text is shown");
    return {};
  }
  if (!image->warning.empty()) diag.warn(pos, image->warning);
  return {ImageTarget::Kind::Embed, "data:" + image->media_type + ";base64," + base64(image->bytes)};
}

}  // namespace mdexport
