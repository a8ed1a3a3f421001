#include "formats/pdf/outline.hpp"

#include <hpdf_objects.h>

#include <algorithm>
#include <string>
#include <utility>

#include "formats/pdf/text_string.hpp"

namespace mdexport::pdf {

HPDF_Destination make_destination(HPDF_Page page, double top) {
  HPDF_Destination dest = HPDF_Page_CreateDestination(page);
  if (!dest) return nullptr;
  HPDF_Array_Clear(dest);
  HPDF_Array_Add(dest, page);
  HPDF_Array_AddName(dest, "XYZ");
  HPDF_Array_AddReal(dest, 0);
  HPDF_Array_AddReal(dest, static_cast<HPDF_REAL>(top));
  HPDF_Array_Add(dest, HPDF_Null_New(dest->mmgr));
  return dest;
}

int deepest_level_within(const std::array<std::size_t, 7>& at_level, std::size_t limit) {
  std::size_t kept = 0;
  for (int level = 1; level <= 6; ++level) {
    if (kept + at_level[level] > limit) return kept > 0 ? level - 1 : 0;
    kept += at_level[level];
  }
  return 6;
}

void add_outline(HpdfDoc& doc, const std::vector<HPDF_Page>& pages, const std::vector<Target>& targets,
                 Diagnostics& diag) {
  std::array<std::size_t, 7> at_level{};
  std::size_t total = 0;
  for (const auto& t : targets)
    if (t.level > 0) {
      ++at_level[std::min(t.level, 6)];
      ++total;
    }
  const int deepest = deepest_level_within(at_level, kMaxBookmarks);
  if (deepest < 6)
    diag.warn({}, "the document has " + std::to_string(total) + " headings; the PDF's bookmarks list " +
                      (deepest > 0 ? "only those of levels 1 to " + std::to_string(deepest)
                                   : "only the first " + std::to_string(kMaxBookmarks)));
  std::vector<std::pair<int, HPDF_Outline>> open;  // the path from the root to the last entry
  bool any = false;
  std::size_t added = 0;
  for (const auto& t : targets) {
    if (t.level <= 0 || (deepest > 0 && t.level > deepest)) continue;
    if (++added > kMaxBookmarks) break;
    while (!open.empty() && open.back().first >= t.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    const std::string title = t.title.empty() ? t.id : t.title;
    doc.amortize_growth();
    HPDF_Outline entry = HPDF_CreateOutline(doc.get(), parent, "", nullptr);
    doc.check("cannot add the bookmark '" + title + "'");
    HPDF_Dict_Add(entry, "Title", text_string(entry->mmgr, title));
    HPDF_Outline_SetDestination(entry, make_destination(pages[t.page], t.top));
    HPDF_Outline_SetOpened(entry, t.level == 1 ? HPDF_TRUE : HPDF_FALSE);
    doc.check("cannot set the bookmark '" + title + "'");
    open.emplace_back(t.level, entry);
    any = true;
  }
  if (any) HPDF_SetPageMode(doc.get(), HPDF_PAGE_MODE_USE_OUTLINE);
}

}  // namespace mdexport::pdf
