// What the program looks up when it loads the PDF writer as a module
// (src/cli/pdf_writer_module.cpp). C names, so there is no mangling to agree
// on; pdf_module.map exports these and nothing else.
#include "formats/pdf/pdf_writer.hpp"

// The version the module was built as: the program refuses any other.
extern "C" const char mdexport_module_version[] = MDEXPORT_VERSION;

// A new PDF writer, owned by the caller.
extern "C" mdexport::Writer* mdexport_pdf_module_make() { return mdexport::make_pdf_writer().release(); }
