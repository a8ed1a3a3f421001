#include "cli/module_loader.hpp"

#include <dlfcn.h>

#include <array>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "util/diagnostics.hpp"

namespace mdexport {
namespace {

std::filesystem::path program_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

}  // namespace

void* load_module_entry(const std::string& file_name, const char* entry, const std::string& what,
                        const std::string& module_dir) {
  const auto dir = program_dir();
  const std::array<std::filesystem::path, 2> candidates = {dir / file_name, dir / module_dir / file_name};
  std::string tried;
  for (const auto& path : candidates) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + path.lexically_normal().string();
      continue;
    }
    // Never closed: the module's code must outlive everything it made.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) throw Error("error: cannot load " + what + ": " + dlerror());
    const auto* version = static_cast<const char*>(dlsym(module, "mdexport_module_version"));
    void* address = dlsym(module, entry);
    if (!version || !address || std::string_view(version) != MDEXPORT_VERSION)
      throw Error("error: " + path.string() + " is not " + what + " of mdexport " MDEXPORT_VERSION +
                  "; reinstall mdexport");
    return address;
  }
  throw Error("error: " + what + " module is missing (looked for " + tried + "); reinstall mdexport");
}

}  // namespace mdexport
