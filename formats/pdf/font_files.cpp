#include "formats/pdf/font_files.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

#include "util/diagnostics.hpp"

namespace mdexport::pdf {
namespace {

constexpr const char* kDefaults[] = {"DejaVu Serif", "DejaVu Sans", "DejaVu Sans Mono"};
// Where Debian's fonts-dejavu packages put the default faces, by family and
// style (regular, bold, italic, bold italic). They are taken from there
// without asking fontconfig, whose configuration takes 4 ms to read, a
// third of a handout's conversion; it is read only when a face is not
// there or a character needs a fallback font.
constexpr const char* kDefaultDir = "/usr/share/fonts/truetype/dejavu/";
constexpr const char* kDefaultFiles[3][4] = {
    {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"},
    {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"},
    {"DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"}};
constexpr const char* kOptions[] = {"--body-font", "--heading-font", "--mono-font"};

bool is_file_choice(const std::string& s) {
  return s.find('/') != std::string::npos || s.ends_with(".ttf") || s.ends_with(".TTF");
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct PatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

// Plain TrueType files only: no CFF outlines. (Collections, which only
// fallback fonts come from, would need the face index too.)
bool usable_file(const std::string& path) { return lower(path).ends_with(".ttf"); }

// The best TrueType file of family in the style, or "" when fontconfig's best
// match is another family (it always substitutes something) or no .ttf.
std::string match(FcConfig* config, const std::string& family, bool bold, bool italic) {
  Pattern pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pattern.get(), FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern.get(), FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcPatternAddString(pattern.get(), FC_FONTFORMAT, reinterpret_cast<const FcChar8*>("TrueType"));
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result;
  Pattern found(FcFontMatch(config, pattern.get(), &result));
  if (!found) return "";
  bool same_family = false;
  FcChar8* name = nullptr;
  for (int i = 0; FcPatternGetString(found.get(), FC_FAMILY, i, &name) == FcResultMatch; ++i)
    if (lower(reinterpret_cast<const char*>(name)) == lower(family)) same_family = true;
  FcChar8* file = nullptr;
  if (!same_family || FcPatternGetString(found.get(), FC_FILE, 0, &file) != FcResultMatch) return "";
  const std::string path(reinterpret_cast<const char*>(file));
  if (!usable_file(path)) return "";
  // A bold request answered by a regular face (or the reverse) is not that
  // style: the caller falls back to the regular face explicitly instead.
  int weight = 0, slant = 0;
  FcPatternGetInteger(found.get(), FC_WEIGHT, 0, &weight);
  FcPatternGetInteger(found.get(), FC_SLANT, 0, &slant);
  if (bold != (weight >= FC_WEIGHT_DEMIBOLD) || italic != (slant != FC_SLANT_ROMAN)) return "";
  return path;
}

// The default face's file where Debian installs it, or "".
std::string default_file(int face) {
  std::string path = std::string(kDefaultDir) + kDefaultFiles[face / 4][face % 4];
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) ? path : "";
}

// match(), remembered for the process: twelve lookups take ~5 ms, and a
// batch converts every document with the same fonts.
std::string cached_match(FcConfig* config, const std::string& family, bool bold, bool italic) {
  static std::mutex lock;
  static std::map<std::tuple<std::string, bool, bool>, std::string> found;
  const std::lock_guard guard(lock);
  auto key = std::make_tuple(family, bold, italic);
  auto it = found.find(key);
  if (it == found.end()) it = found.emplace(std::move(key), match(config, family, bold, italic)).first;
  return it->second;
}

struct ConfigDeleter {
  void operator()(FcConfig* c) const { FcConfigDestroy(c); }
};

}  // namespace

// A private configuration, read on first use so that its font list serves
// every conversion of a batch, and destroyed at exit: FcInit's global one is
// never freed, which leak checkers (the ASan test run) report.
FcConfig* shared_fontconfig() {
  static const std::unique_ptr<FcConfig, ConfigDeleter> config(FcInitLoadConfigAndFonts());
  if (!config) throw Error("error: cannot initialise fontconfig");
  return config.get();
}

FontFiles::FontFiles(const FontChoice& choice) {
  const std::string* chosen[] = {&choice.body, &choice.heading, &choice.mono};
  for (int family = 0; family < 3; ++family) {
    const std::string& want = *chosen[family];
    auto& regular = files_[static_cast<std::size_t>(family * 4)];
    if (is_file_choice(want)) {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(want, ec))
        throw Error(std::string("error: ") + kOptions[family] + ": no such font file: " + want);
      if (!usable_file(want))
        throw Error(std::string("error: ") + kOptions[family] + ": not a TrueType (.ttf) file: " + want);
      for (int style = 0; style < 4; ++style) files_[static_cast<std::size_t>(family * 4 + style)] = want;
      continue;
    }
    family_[static_cast<std::size_t>(family)] = want.empty() ? kDefaults[family] : want;
    default_[static_cast<std::size_t>(family)] = want.empty();
    if (want.empty()) regular = default_file(family * 4);
    if (regular.empty()) regular = cached_match(shared_fontconfig(), family_[static_cast<std::size_t>(family)], false, false);
    if (regular.empty())
      throw Error(std::string("error: ") + kOptions[family] + ": no TrueType font of family '" +
                  family_[static_cast<std::size_t>(family)] + "' found by fontconfig (fc-list lists the installed families)");
  }
}

const std::string& FontFiles::operator[](int face) const {
  auto& file = files_[static_cast<std::size_t>(face)];
  if (file.empty()) {
    const auto family = static_cast<std::size_t>(face / 4);
    if (default_[family]) file = default_file(face);
    if (file.empty()) file = cached_match(shared_fontconfig(), family_[family], is_bold(face), is_italic(face));
    if (file.empty()) file = files_[family * 4];
  }
  return file;
}

}  // namespace mdexport::pdf
