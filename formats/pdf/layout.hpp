#pragma once
#include <filesystem>
#include <vector>

#include "doc/document.hpp"
#include "formats/pdf/boxes.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "util/diagnostics.hpp"

namespace mdexport::pdf {

struct LayoutOptions {
  PageGeometry page;                          // Default A4 with 20 mm margins.
  double font_size = 10;                      // Body text size in points. Default 10.
  bool toc = false;                           // Table of contents after the title. Default off.
  std::filesystem::path resource_dir = ".";   // Where relative image paths start. Default ".".
  std::vector<std::filesystem::path> resource_paths;  // More directories images may come from. Default none.
  bool ragged = false;                        // Ragged-right body text. Default false: justified.
};

// The whole layout: title block, contents, body and footnotes as slabs,
// paginated, with page numbers in the footer. With a table of contents the
// document is laid out twice: the first pass finds the headings' pages (the
// contents' height does not depend on them, so the second pass agrees).
// Inline raw HTML is laid out as fold_inline_html makes it inlines.
std::vector<Page> layout_document(const doc::Document& d, const LayoutOptions& opts, const FontMetrics& metrics,
                                  Diagnostics& diag);

}  // namespace mdexport::pdf
