// The program's make_pdf_writer: the PDF writer and its libraries are loaded
// from a module on first use, so that text and EPUB runs do not load them.
#include "cli/module_loader.hpp"
#include "formats/pdf/pdf_writer.hpp"

namespace mdexport {

std::unique_ptr<Writer> make_pdf_writer() {
  using Make = Writer* (*)();
  static const auto make = reinterpret_cast<Make>(
      load_module_entry("mdexport-pdf.so", "mdexport_pdf_module_make", "the PDF writer", MDEXPORT_MODULE_DIR));
  return std::unique_ptr<Writer>(make());
}

}  // namespace mdexport
