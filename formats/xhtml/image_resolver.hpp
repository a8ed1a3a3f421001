#pragma once
#include <string>

#include "doc/document.hpp"
#include "util/diagnostics.hpp"

namespace mdexport {

// What an image in the document becomes in the output.
struct ImageTarget {
  enum class Kind {
    Embed,  // an <img> with src = url
    Link,   // a link to url showing the alt text (an image we may not fetch)
    Text,   // the alt text alone (an image we cannot show)
  };
  Kind kind = Kind::Text;
  std::string url;
};

// Decides how each image is shown; one per output format (EPUB copies local
// files into the package, HTML embeds them). Exists so the body writer need
// not know where images go.
class ImageResolver {
 public:
  virtual ~ImageResolver() = default;
  // url as written in the document; pos is where it was written. Warns on
  // diag whenever the result is not Embed.
  virtual ImageTarget resolve(const std::string& url, doc::SourcePos pos, Diagnostics& diag) = 0;
};

}  // namespace mdexport
