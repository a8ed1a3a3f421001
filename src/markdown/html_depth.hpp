#pragma once
#include <string_view>

namespace mdexport {

// Raw HTML is parsed to at most this many levels of elements; elements
// below are replaced by the text they hold (html_document.cpp), so that no
// text is lost and no walker recurses deeper.
inline constexpr int kMaxHtmlDepth = 200;

// Counts how deep raw HTML nests, from its tags as written (void elements,
// self-closing tags, comments and declarations do not open a level); the
// parser's implied closings are not followed, so this may count more than
// libxml2 builds. Fed piece by piece, as inline HTML comes.
class HtmlDepth {
 public:
  void feed(std::string_view html);
  int deepest() const { return deepest_; }

 private:
  int depth_ = 0;
  int deepest_ = 0;
};

}  // namespace mdexport
