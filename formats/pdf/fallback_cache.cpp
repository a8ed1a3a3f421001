#include "formats/pdf/fallback_cache.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include "formats/pdf/fontconfig_state.hpp"

namespace mdexport::pdf {
namespace {

// The format's version is in the first line: another version is not read.
constexpr const char* kHeader = "mdexport font fallback 1";
constexpr const char* kEndOfState = "--";

}  // namespace

FallbackCache::FallbackCache(std::filesystem::path file) : file_(std::move(file)) {}

void FallbackCache::load() {
  loaded_ = true;
  std::ifstream in(file_, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line) || line != kHeader) return;
  std::string state;
  std::vector<std::string> paths;
  while (std::getline(in, line) && line != kEndOfState) {
    state.append(line) += '\n';
    if (line.starts_with("path ")) {
      const auto space = line.find(' ', 5);
      if (space == std::string::npos) return;
      paths.push_back(line.substr(space + 1));
    }
  }
  if (line != kEndOfState || state.empty() || fontconfig_state(paths) != state) return;
  std::map<char32_t, std::vector<FontSource>> fonts;
  std::vector<FontSource>* current = nullptr;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind;
    fields >> kind;
    if (kind == "char") {
      unsigned long cp = 0;
      if (!(fields >> std::hex >> cp) || cp > 0x10FFFF) return;
      current = &fonts[static_cast<char32_t>(cp)];
    } else if (kind == "font" && current) {
      FontSource source;
      if (!(fields >> source.index) || fields.get() != ' ' || !std::getline(fields, source.file) ||
          source.file.empty())
        return;
      current->push_back(std::move(source));
    } else {
      return;
    }
  }
  fonts_ = std::move(fonts);
}

const std::vector<FontSource>* FallbackCache::find(char32_t cp) {
  if (!loaded_ && !file_.empty()) load();
  const auto found = fonts_.find(cp);
  return found == fonts_.end() ? nullptr : &found->second;
}

const std::vector<FontSource>& FallbackCache::add(char32_t cp, std::vector<FontSource> fonts) {
  changed_ = true;
  return fonts_[cp] = std::move(fonts);
}

void FallbackCache::save(_FcConfig* config) noexcept {
  if (!changed_ || file_.empty()) return;
  try {
    const std::string state = fontconfig_state(fontconfig_inputs(config));
    if (state.empty()) return;
    std::string text = kHeader;
    text.append("\n").append(state).append(kEndOfState) += '\n';
    char hex[16];
    for (const auto& [cp, fonts] : fonts_) {
      std::snprintf(hex, sizeof hex, "%X", static_cast<unsigned>(cp));
      text.append("char ").append(hex) += '\n';
      for (const auto& f : fonts) {
        if (f.file.find('\n') != std::string::npos) return;
        text.append("font ").append(std::to_string(f.index)).append(" ").append(f.file) += '\n';
      }
    }
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    // Runs and threads that save at once each write their own file; the
    // last rename wins, whole.
    std::string temp = file_.string();
    temp.append(".tmp.").append(std::to_string(getpid())).append(".");
    temp.append(std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())));
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      out << text;
      if (!out.flush()) {
        std::filesystem::remove(temp, ec);
        return;
      }
    }
    std::filesystem::rename(temp, file_, ec);
    if (ec) std::filesystem::remove(temp, ec);
  } catch (...) {  // out of memory or a path too long: no cache this time
  }
}

std::filesystem::path default_fallback_cache() {
  std::filesystem::path dir;
  if (const char* own = std::getenv("MDEXPORT_CACHE_DIR")) {
    dir = own;
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
    dir = std::filesystem::path(xdg) / "mdexport";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    dir = std::filesystem::path(home) / ".cache" / "mdexport";
  }
  return dir.empty() ? dir : dir / "font-fallback";
}

}  // namespace mdexport::pdf
