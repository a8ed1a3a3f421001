#pragma once
#include <string>

namespace mdexport {

// Loads one of the program's modules (mdexport-pdf.so, mdexport-html.so)
// and returns the address of its entry point, entry. A module is looked for
// beside the program (a build tree), then in module_dir relative to it (an
// install). Its mdexport_module_version must be this program's version.
// Never unloaded. Throws Error naming what is missing, for `what` ("the PDF
// writer"), when it cannot be found, loaded or trusted.
void* load_module_entry(const std::string& file_name, const char* entry, const std::string& what,
                        const std::string& module_dir);

}  // namespace mdexport
