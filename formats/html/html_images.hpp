#pragma once
#include "formats/xhtml/image_resolver.hpp"
#include "util/resource_path.hpp"

namespace mdexport {

// Images of a standalone HTML file: local files are embedded as data: URLs
// so that the one file carries everything (an SVG sanitised first); a remote
// image becomes a link showing its alt text, so that opening the page makes
// no request; a missing file shows its alt text. Both warn.
class HtmlImages : public ImageResolver {
 public:
  explicit HtmlImages(ResourcePolicy policy) : policy_(std::move(policy)) {}
  ImageTarget resolve(const std::string& url, doc::SourcePos pos, Diagnostics& diag) override;

 private:
  ResourcePolicy policy_;
};

// Standard base64 (RFC 4648) with padding.
std::string base64(std::string_view bytes);

}  // namespace mdexport
