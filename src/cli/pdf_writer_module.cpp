// The program's make_pdf_writer: the PDF writer and its libraries are loaded
// from a module on first use, so that text and EPUB runs do not load them.
#include <dlfcn.h>

#include <array>
#include <filesystem>
#include <string>
#include <system_error>

#include "formats/pdf/pdf_writer.hpp"

namespace mdexport {
namespace {

constexpr const char* kModuleName = "mdexport-pdf.so";

std::filesystem::path program_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

using MakeWriter = Writer* (*)();

// The module's factory, or an error message.
struct Loaded {
  MakeWriter make = nullptr;
  std::string error;
};

Loaded load_module() {
  const auto dir = program_dir();
  // Beside the program in a build tree; in lib/mdexport once installed.
  const std::array<std::filesystem::path, 2> candidates = {dir / kModuleName,
                                                           dir / MDEXPORT_PDF_MODULE_DIR / kModuleName};
  std::string tried;
  for (const auto& path : candidates) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + path.lexically_normal().string();
      continue;
    }
    // Never closed: the writer's code must outlive every writer made.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) return {nullptr, std::string("error: cannot load the PDF writer: ") + dlerror()};
    const auto* version = static_cast<const char*>(dlsym(module, "mdexport_pdf_module_version"));
    auto make = reinterpret_cast<MakeWriter>(dlsym(module, "mdexport_pdf_module_make"));
    if (!version || !make || std::string_view(version) != MDEXPORT_VERSION)
      return {nullptr, "error: " + path.string() + " is not the PDF writer of mdexport " MDEXPORT_VERSION +
                           std::string("; reinstall mdexport")};
    return {make, {}};
  }
  return {nullptr, "error: the PDF writer module is missing (looked for " + tried + "); reinstall mdexport"};
}

}  // namespace

std::unique_ptr<Writer> make_pdf_writer() {
  static const Loaded loaded = load_module();
  if (!loaded.make) throw Error(loaded.error);
  return std::unique_ptr<Writer>(loaded.make());
}

}  // namespace mdexport
