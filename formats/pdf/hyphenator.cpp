#include "formats/pdf/hyphenator.hpp"

#include <hyphen.h>
#include <iconv.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>

#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/hyphen_patterns.hpp"
#include "formats/pdf/liang_patterns.hpp"
#include "text/utf8.hpp"
#include "util/usable_cpus.hpp"

namespace mdexport::pdf {

constexpr const char* kDictDir = "/usr/share/hyphen";
// Letters kept together at a word's start and end, at least.
constexpr int kLeftMin = 2;
constexpr int kRightMin = 3;

// One loaded dictionary per file for the whole process: loading en_US takes
// milliseconds, a batch converts many documents. Freed at exit, so that leak
// checkers stay quiet.
struct Hyphenator::Dict {
  std::once_flag once;
  // Plain patterns (hyph_en_US) are applied directly; others by libhyphen.
  std::unique_ptr<LiangPatterns> liang;
  HyphenDict* dict = nullptr;
  // From UTF-8 to the patterns' single-byte charset (hyph_de is
  // ISO8859-1); (iconv_t)-1 when the patterns are UTF-8 or it is unknown.
  iconv_t to_charset = reinterpret_cast<iconv_t>(-1);
  std::mutex lock;  // libhyphen's calls are not documented as thread-safe
  std::future<void> preloading;

  // Whether the file could be read.
  bool load(const std::string& file) {
    std::call_once(once, [&] {
      liang = LiangPatterns::load(file);
      if (liang) return;
      dict = load_hyphen_patterns(file);
      if (dict && !dict->utf8) to_charset = iconv_open(dict->cset, "UTF-8");
    });
    return liang || dict;
  }
  // word in the patterns' charset, one byte a character; "" when a
  // character has no byte there.
  std::string encode(const std::string& word) {
    if (dict->utf8) return word;
    if (to_charset == reinterpret_cast<iconv_t>(-1)) return "";
    std::string out(word.size(), '\0');
    char* in = const_cast<char*>(word.data());
    char* to = out.data();
    std::size_t in_left = word.size(), out_left = out.size();
    iconv(to_charset, nullptr, nullptr, nullptr, nullptr);
    if (iconv(to_charset, &in, &in_left, &to, &out_left) == static_cast<std::size_t>(-1)) return "";
    out.resize(out.size() - out_left);
    return out;
  }
  ~Dict() {
    if (preloading.valid()) preloading.wait();
    if (to_charset != reinterpret_cast<iconv_t>(-1)) iconv_close(to_charset);
    if (dict) free_hyphen_patterns(dict);
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

Hyphenator::Dict& Hyphenator::shared(const std::string& file) {
  static std::mutex lock;
  static std::map<std::string, std::unique_ptr<Dict>> all;
  std::lock_guard guard(lock);
  auto& slot = all[file];
  if (!slot) slot = std::make_unique<Dict>();
  return *slot;
}

void Hyphenator::preload(const std::string& lang) {
  if (usable_cpus() < 2) return;
  const auto file = dictionary_for(lang);
  if (file.empty()) return;
  Dict& d = shared(file);
  static std::mutex lock;
  std::lock_guard guard(lock);
  if (d.preloading.valid()) return;
  try {
    d.preloading = std::async(std::launch::async, [&d, file] { d.load(file); });
  } catch (const std::system_error&) {
    // No thread to spare: the first word loads it instead.
  }
}

Hyphenator::Dict* Hyphenator::dict() {
  if (loaded_ || file_.empty()) return dict_;
  loaded_ = true;
  Dict& d = shared(file_);
  if (d.load(file_)) dict_ = &d;
  return dict_;
}

Hyphenator::~Hyphenator() = default;

const std::vector<std::size_t>& Hyphenator::points(std::string_view word) {
  static const std::vector<std::size_t> kNone;
  if (file_.empty() || word.size() < kShortestWord || word.size() > 100) return kNone;
  auto found = cache_.find(std::string(word));
  if (found != cache_.end()) return found->second;
  std::vector<std::size_t> out;
  const auto lower = lower_word(word);
  Dict* d = lower.empty() ? nullptr : dict();
  if (d && d->liang) {
    out = d->liang->points(lower, kLeftMin, kRightMin);
  } else if (d) {
    const bool utf8 = d->dict->utf8;
    // hnj_hyphen_hyphenate3 numbers what it finds by character (patterns in
    // another charset see one byte a character): where each character
    // starts in the UTF-8 word maps that back.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < lower.size(); ++i)
      if (!is_utf8_continuation(lower[i])) starts.push_back(i);
    const std::lock_guard guard(d->lock);
    const auto encoded = d->encode(lower);
    const bool ok = !encoded.empty() && (utf8 || encoded.size() == starts.size());
    std::vector<char> hyphens(encoded.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    if (ok)
      hnj_hyphen_hyphenate3(d->dict, encoded.c_str(), static_cast<int>(encoded.size()), hyphens.data(), nullptr,
                            &rep, &pos, &cut, kLeftMin, kRightMin, kLeftMin, kRightMin);
    // Non-standard hyphenation (rep) changes spelling: not supported, so
    // those points are skipped.
    for (std::size_t i = 0; ok && i + 1 < starts.size(); ++i)
      if ((hyphens[i] & 1) && !(rep && rep[i])) out.push_back(starts[i + 1]);
    if (rep) {
      for (std::size_t i = 0; i < encoded.size(); ++i) free(rep[i]);
      free(rep);
      free(pos);
      free(cut);
    }
  }
  return cache_.emplace(std::string(word), std::move(out)).first->second;
}

}  // namespace mdexport::pdf
