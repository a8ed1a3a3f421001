#include "formats/pdf/hyphenator.hpp"

#include <hyphen.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "formats/pdf/font_metrics.hpp"

namespace mdexport::pdf {

constexpr const char* kDictDir = "/usr/share/hyphen";

// One loaded dictionary per file for the whole process: loading en_US takes
// milliseconds, a batch converts many documents. Freed at exit, so that leak
// checkers stay quiet.
struct Hyphenator::Dict {
  HyphenDict* dict = nullptr;
  std::mutex lock;  // libhyphen's calls are not documented as thread-safe
  ~Dict() {
    if (dict) hnj_hyphen_free(dict);
  }
};

namespace {

// The word lower-cased, or "" when it is not a plain lower-case-able word.
std::string lower_word(std::string_view word) {
  std::string out;
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(word, i);
    const auto c = static_cast<utf8proc_int32_t>(cp);
    const auto cat = utf8proc_category(c);
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
      if (!first) return "";
    } else if (cat != UTF8PROC_CATEGORY_LL && cat != UTF8PROC_CATEGORY_MN) {
      return "";
    }
    first = false;
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(utf8proc_tolower(c), buf);
    // Offsets must stay those of the original word.
    if (static_cast<std::size_t>(n) != i - start) return "";
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace

std::string Hyphenator::dictionary_for(const std::string& lang) {
  std::string tag = lang;
  std::replace(tag.begin(), tag.end(), '-', '_');
  const auto sep = tag.find('_');
  std::string language = tag.substr(0, sep);
  for (auto& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (language.empty()) return "";
  std::string region = sep == std::string::npos ? "" : tag.substr(sep + 1);
  for (auto& c : region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::filesystem::path dir(kDictDir);
  std::error_code ec;
  for (const auto& name : {language + "_" + region, language}) {
    if (name.back() == '_') continue;
    const auto file = dir / ("hyph_" + name + ".dic");
    if (std::filesystem::exists(file, ec)) return file.string();
  }
  // Any region of the language, the first by name for stable output.
  std::string best;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const auto name = entry.path().filename().string();
    if (name.starts_with("hyph_" + language + "_") && name.ends_with(".dic") && (best.empty() || name < best))
      best = entry.path().string();
  }
  return best;
}

Hyphenator::Hyphenator(const std::string& lang) : file_(dictionary_for(lang)) {}

Hyphenator::Dict* Hyphenator::dict() {
  if (loaded_ || file_.empty()) return dict_;
  loaded_ = true;
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<Dict>> all;
  std::lock_guard guard(lock);
  auto& slot = all[file_];
  if (!slot) {
    slot = std::make_unique<Dict>();
    slot->dict = hnj_hyphen_load(file_.c_str());
  }
  if (slot->dict) dict_ = slot.get();
  return dict_;
}

Hyphenator::~Hyphenator() = default;

const std::vector<std::size_t>& Hyphenator::points(std::string_view word) {
  static const std::vector<std::size_t> kNone;
  if (file_.empty() || word.size() < 5 || word.size() > 100) return kNone;
  auto found = cache_.find(std::string(word));
  if (found != cache_.end()) return found->second;
  std::vector<std::size_t> out;
  const auto lower = lower_word(word);
  if (!lower.empty() && dict()) {
    std::vector<char> hyphens(lower.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    {
      const std::lock_guard guard(dict_->lock);
      hnj_hyphen_hyphenate3(dict_->dict, lower.c_str(), static_cast<int>(lower.size()), hyphens.data(), nullptr, &rep,
                            &pos, &cut, 2, 3, 2, 3);
    }
    // Non-standard hyphenation (rep) changes spelling: not supported, so
    // those points are skipped.
    for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
      const bool changes = rep && rep[i];
      // A point after byte i; never inside a UTF-8 sequence.
      if ((hyphens[i] & 1) && !changes && (static_cast<unsigned char>(lower[i + 1]) & 0xC0) != 0x80)
        out.push_back(i + 1);
    }
    if (rep) {
      for (std::size_t i = 0; i < lower.size(); ++i) free(rep[i]);
      free(rep);
      free(pos);
      free(cut);
    }
  }
  return cache_.emplace(std::string(word), std::move(out)).first->second;
}

}  // namespace mdexport::pdf

#if defined(__SANITIZE_ADDRESS__)
// libhyphen 2.8.8 loses a few hundred bytes while parsing the compound
// dictionaries (hyph_de, hyph_fr), inside hnj_hyphen_load: its bug, not a
// leak of ours, so the leak checker of the sanitizer build is told to skip it.
extern "C" const char* __lsan_default_suppressions() { return "leak:libhyphen.so\n"; }
#endif
