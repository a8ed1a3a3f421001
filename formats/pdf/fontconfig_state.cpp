#include "formats/pdf/fontconfig_state.hpp"

#include <fontconfig/fontconfig.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

namespace mdexport::pdf {
namespace {

// What fontconfig reads from the environment: where its files are, and the
// languages FcDefaultSubstitute prefers fonts for.
constexpr const char* kVariables[] = {"FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "HOME",
                                      "XDG_CONFIG_HOME", "XDG_DATA_HOME",   "XDG_CACHE_HOME",     "FC_LANG",
                                      "LC_ALL",          "LC_CTYPE",        "LANG"};

void add_list(FcStrList* list, std::vector<std::string>& out) {
  while (FcChar8* s = FcStrListNext(list)) out.emplace_back(reinterpret_cast<const char*>(s));
  FcStrListDone(list);
}

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

std::vector<std::string> fontconfig_inputs(FcConfig* config) {
  std::vector<std::string> paths;
  add_list(FcConfigGetConfigFiles(config), paths);
  const std::size_t files = paths.size();
  // A configuration file added beside one that was read (local.conf).
  for (std::size_t i = 0; i < files; ++i) paths.push_back(std::filesystem::path(paths[i]).parent_path());
  add_list(FcConfigGetConfigDirs(config), paths);
  add_list(FcConfigGetFontDirs(config), paths);
  // Where Debian's 50-user.conf looks for the user's own configuration.
  const std::string home = env("HOME");
  const std::string xdg = env("XDG_CONFIG_HOME").empty() ? home + "/.config" : env("XDG_CONFIG_HOME");
  for (const auto& p : {xdg + "/fontconfig", xdg + "/fontconfig/fonts.conf", xdg + "/fontconfig/conf.d",
                        home + "/.fonts.conf", home + "/.fonts.conf.d"})
    paths.push_back(p);
  return paths;
}

std::string fontconfig_state(const std::vector<std::string>& paths) {
  std::string state = "fontconfig ";
  state.append(std::to_string(FcGetVersion())) += '\n';
  for (const char* name : kVariables) {
    state.append("env ").append(name);
    if (const char* value = std::getenv(name)) state.append("=").append(value);
    state += '\n';
  }
  for (const auto& path : paths) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
      state.append("path - ").append(path) += '\n';
      continue;
    }
    state.append("path ").append(std::to_string(st.st_dev)).append(":").append(std::to_string(st.st_ino));
    state.append(":").append(std::to_string(st.st_size)).append(":").append(std::to_string(st.st_mtim.tv_sec));
    state.append(".").append(std::to_string(st.st_mtim.tv_nsec)).append(" ").append(path) += '\n';
  }
  // Each entry is one line; a newline inside a value would make another.
  std::size_t lines = 0;
  for (char c : state) lines += c == '\n';
  return lines == 1 + std::size(kVariables) + paths.size() ? state : "";
}

}  // namespace mdexport::pdf
