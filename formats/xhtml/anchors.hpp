#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace mdexport {

// The ids of one book and the names links use to reach them. Markdown links
// say "#getting-started" (a GitHub heading slug) and raw HTML says
// "#install" (an id or <a name>); both must lead to an id that is a valid
// XML name and unique in the whole book, so that a link can be rewritten to
// whichever file ends up holding its target.
class Anchors {
 public:
  // A fresh id made from wanted (see xml_id), unique in the book: "-1",
  // "-2"... is appended when needed.
  std::string unique(std::string_view wanted);
  // Records that a link to "#name" leads to id; the first target of a
  // name wins, as in a browser.
  void name(std::string_view name, const std::string& id);
  // The id a link to "#name" leads to, or "" when nothing has that name.
  // Tries the name as written, percent-decoded, then lower-cased (GitHub's
  // fallback for "#Installation").
  std::string find(std::string_view name) const;

 private:
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int> next_suffix_;  // base -> last suffix taken
  std::unordered_map<std::string, std::string> names_;
};

}  // namespace mdexport
