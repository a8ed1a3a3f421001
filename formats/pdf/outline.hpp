#pragma once
#include <array>
#include <string>
#include <vector>

#include "formats/pdf/hpdf_doc.hpp"
#include "util/diagnostics.hpp"

namespace mdexport::pdf {

// A heading's place in the document, for bookmarks and go-to links.
struct Target {
  std::string id;
  std::string title;  // empty for targets that are not headings
  int level = 0;      // heading level, 0 when not in the outline
  std::size_t page = 0;
  double top = 0;     // PDF user space (y up)
};

// A go-to target: page scrolled so that top (PDF user space) is at the top
// of the window, the reader's zoom kept ([page /XYZ 0 top null]; libharu's
// HPDF_Destination_SetXYZ rejects the null zoom, so the array is built here).
HPDF_Destination make_destination(HPDF_Page page, double top);

// Of headings numbering at_level[l] at each level l (1..6), the deepest
// level whose headings, with those above it, number at most limit (6: all);
// 0 when there are none such (callers keep the first limit headings).
int deepest_level_within(const std::array<std::size_t, 7>& at_level, std::size_t limit);

// At most this many bookmarks, and entries in --toc's contents: each costs
// libharu about 2 KB and tens of microseconds, and a reader cannot use a
// list of hundreds of thousands.
constexpr std::size_t kMaxBookmarks = 10000;

// Bookmarks mirroring the heading tree: a heading nests under the nearest
// preceding heading of a lower level; level-1 entries start open. With
// more than kMaxBookmarks headings, only the levels down to the deepest
// whose headings (with those above) fit are kept, or the first
// kMaxBookmarks headings when level 1 alone has more; diag gets a warning.
// REQUIRES: pages holds the document's pages in order; targets in reading order.
void add_outline(HpdfDoc& doc, const std::vector<HPDF_Page>& pages, const std::vector<Target>& targets,
                 Diagnostics& diag);

}  // namespace mdexport::pdf
