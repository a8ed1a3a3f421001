#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "formats/pdf/font_source.hpp"

struct _FcConfig;

namespace mdexport::pdf {

// fontconfig's answers to "which fonts have this character", kept for the
// document and in a file
// between runs: reading fontconfig's configuration costs a third of a
// README's PDF (25 M of 75 M instructions), the file a few stat calls. The
// answers are used only while every input fontconfig read is as it was
// (fontconfig_state); any change, and a damaged or unreadable file, make
// them forgotten, so that the answers come from fontconfig again.
class FallbackCache {
 public:
  // file "": the answers are kept for this object only.
  explicit FallbackCache(std::filesystem::path file);

  // The fonts that have cp, in fontconfig's order (none: no font has it),
  // or nullptr when the file does not know.
  const std::vector<FontSource>* find(char32_t cp);
  // fontconfig's answer for cp, to be written by save().
  const std::vector<FontSource>& add(char32_t cp, std::vector<FontSource> fonts);
  // Writes what add() taught, stamped with the state of config's inputs,
  // through a temporary file renamed over the old one. Failures are
  // ignored: the cache only saves time.
  void save(_FcConfig* config) noexcept;

 private:
  void load();

  std::filesystem::path file_;
  bool loaded_ = false;
  bool changed_ = false;
  std::map<char32_t, std::vector<FontSource>> fonts_;
};

// $MDEXPORT_CACHE_DIR, else $XDG_CACHE_HOME/mdexport, else ~/.cache/mdexport,
// with the file name; "" when MDEXPORT_CACHE_DIR is set empty or no folder
// is known.
std::filesystem::path default_fallback_cache();

}  // namespace mdexport::pdf
