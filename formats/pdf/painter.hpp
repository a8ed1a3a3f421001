#pragma once
#include <vector>

#include "formats/pdf/boxes.hpp"
#include "formats/pdf/pdf_fonts.hpp"
#include "util/diagnostics.hpp"

namespace mdexport::pdf {

// The last stage: draws laid-out pages with libharu, then adds what needs
// every page to exist first: link annotations (URI, or go-to for "#id")
// and the bookmarks. An image libharu cannot read is drawn as an empty
// frame with a warning.
void paint(HpdfDoc& doc, const PdfFonts& fonts, std::vector<Page> pages, const PageGeometry& geometry,
           Diagnostics& diag);

}  // namespace mdexport::pdf
