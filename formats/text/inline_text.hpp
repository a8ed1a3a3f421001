#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "doc/document.hpp"

namespace mdexport {

// Numbers the URLs a text document links to; the same URL keeps one number.
class LinkList {
 public:
  int number(const std::string& url);
  const std::vector<std::string>& urls() const { return urls_; }

 private:
  std::vector<std::string> urls_;
  std::unordered_map<std::string, int> numbers_;
};

// Renders inlines as one string for wrapping: '\n' for hard breaks, spaces
// for soft breaks, _emphasis_, *strong*, ~~strikethrough~~, links as
// "text [n]" (a bare URL once, as itself), images as "[image: alt]",
// footnote references as "[^n]"; inline raw HTML as fold_inline_html
// makes it inlines (<b> strong, <a href> a link, <br> a break...).
std::string inline_text(const doc::Inlines& inlines, LinkList& links);

}  // namespace mdexport
