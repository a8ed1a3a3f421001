#pragma once
#include <string>

namespace mdexport::pdf {

// A font to embed: a TrueType file and, for a collection (.ttc such
// as WenQuanYi Zen Hei), the index of the font inside it.
struct FontSource {
  std::string file;
  int index = 0;
  bool operator<(const FontSource& o) const { return file < o.file || (file == o.file && index < o.index); }
  bool operator==(const FontSource&) const = default;
};

}  // namespace mdexport::pdf
