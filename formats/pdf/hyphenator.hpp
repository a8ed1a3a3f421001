#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mdexport::pdf {

// Where a word may be hyphenated, from Debian's hyphen-* pattern
// dictionaries (/usr/share/hyphen/hyph_<lang>.dic): by libhyphen, or for a
// file of plain patterns (English) by LiangPatterns, which reads it faster.
class Hyphenator {
 public:
  // The dictionary for a BCP 47 tag ("en", "de-CH", "fr_FR"): the exact
  // region when installed, else any of the language. An empty Hyphenator
  // (no points ever) when none is installed. The dictionary is loaded when
  // the first word is hyphenated, or by preload(): many documents never
  // need it.
  explicit Hyphenator(const std::string& lang);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Starts loading lang's dictionary on another thread, so that it is ready
  // by the time the first word is hyphenated (fonts are being matched
  // meanwhile). Does nothing when none is installed, it is loaded already,
  // or this process may run on one CPU only: there the thread would only
  // take turns with the conversion, which may never need the dictionary.
  static void preload(const std::string& lang);

  // Words shorter than this, in bytes, are never hyphenated.
  static constexpr std::size_t kShortestWord = 5;

  // Whether a dictionary is installed for the language.
  bool available() const { return !file_.empty(); }
  // Whether this Hyphenator has needed its dictionary yet.
  bool used() const { return loaded_; }
  // Byte offsets into word where a hyphen may go, ascending; at least two
  // letters before and three after (the dictionaries' own minimums may be
  // larger). Words with capitals after the first letter (acronyms, names
  // in code), digits or non-letters are never hyphenated.
  const std::vector<std::size_t>& points(std::string_view word);

  // The installed dictionary file for lang, or "" (exposed for tests).
  static std::string dictionary_for(const std::string& lang);

 private:
  struct Dict;
  static Dict& shared(const std::string& file);
  Dict* dict();  // loads on first use; nullptr when libhyphen cannot read the file

  std::string file_;
  bool loaded_ = false;
  Dict* dict_ = nullptr;  // shared by every Hyphenator of that file; never freed until exit
  std::unordered_map<std::string, std::vector<std::size_t>> cache_;
};

}  // namespace mdexport::pdf
