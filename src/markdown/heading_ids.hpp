#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

namespace mdexport {

// Makes heading ids the way GitHub does: lowercase, punctuation dropped,
// spaces turned into '-', and "-1", "-2"... appended to repeats.
class HeadingIds {
 public:
  std::string make(std::string_view heading_text);

 private:
  std::unordered_map<std::string, int> seen_;
};

// The slug alone, without de-duplication.
std::string github_slug(std::string_view text);

}  // namespace mdexport
