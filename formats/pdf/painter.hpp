#pragma once
#include <vector>

#include "formats/pdf/boxes.hpp"
#include "formats/pdf/pdf_fonts.hpp"
#include "util/diagnostics.hpp"

namespace mdexport::pdf {

// The last stage: draws laid-out pages with libharu, then adds what needs
// every page to exist first: link annotations (URI, or go-to for "#id")
// and the bookmarks. Images are decoded here (src/image), each file once;
// one that cannot be decoded is an error at its Box's line and column.
void paint(HpdfDoc& doc, const PdfFonts& fonts, std::vector<Page> pages, const PageGeometry& geometry,
           Diagnostics& diag);

}  // namespace mdexport::pdf
