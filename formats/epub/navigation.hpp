#pragma once
#include <string>
#include <vector>

namespace mdexport {

// One entry of a table of contents.
struct TocEntry {
  int level = 1;      // heading level; deeper entries nest under shallower ones
  std::string text;   // never empty
  std::string href;   // relative to the package document, e.g. "ch002.xhtml#usage"
};

// One landmark: a well-known place in the book.
struct Landmark {
  std::string type;  // epub:type: "cover", "titlepage", "toc", "bodymatter"
  std::string text;
  std::string href;
};

// The EPUB 3 navigation document: a nested table of contents (levels may
// skip, as "# A" then "### B"; an entry nests one step under the nearest
// shallower one) and the landmarks.
std::string nav_document(const std::string& title, const std::string& lang, const std::vector<TocEntry>& toc,
                         const std::vector<Landmark>& landmarks, const std::string& stylesheet_href);

// The EPUB 2 NCX for older readers, with the same entries. identifier must
// be the package's dc:identifier.
std::string ncx_document(const std::string& identifier, const std::string& title, const std::vector<TocEntry>& toc);

}  // namespace mdexport
