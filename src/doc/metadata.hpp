#pragma once
#include <map>
#include <string>
#include <vector>

namespace doc {

// What a document says about itself: YAML front matter, overridden by
// --metadata, with the title falling back to the first level-1 heading.
struct Metadata {
  std::string title;
  // True when title was not given but taken from the first level-1 heading
  // or the file name: writers then need not show it a second time.
  bool title_inferred = false;
  std::string subtitle;
  std::vector<std::string> authors;
  std::string date;
  std::string lang = "en";  // BCP 47 tag
  std::string description;
  std::vector<std::string> keywords;
  std::string identifier;
  std::string publisher;
  std::string rights;
  std::string cover_image;  // path relative to the input file
  // Keys we do not interpret, kept as their YAML scalar (or flow) text.
  std::map<std::string, std::string> extra;

  // Sets a key from a string, as `--metadata key=value` does; list-valued keys
  // (author, keywords) take a comma-separated list.
  void set(const std::string& key, const std::string& value);
};

}  // namespace doc
