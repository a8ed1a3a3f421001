#pragma once
#include <pugixml.hpp>

#include <string>
#include <vector>

namespace mdexport {

// One XHTML file of the book and its tree.
struct BookFile {
  std::string name;  // e.g. "ch002.xhtml"
  pugi::xml_node root;
};

// Rewrites every link "#id" whose target landed in another file to
// "file#id", once the content is split into files. REQUIRES: ids are unique
// across the files (BodyWriter makes them so); internal links were resolved.
void point_links_across_files(const std::vector<BookFile>& files);

}  // namespace mdexport
