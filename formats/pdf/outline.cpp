#include "formats/pdf/outline.hpp"

#include <hpdf_objects.h>

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

void add_outline(HpdfDoc& doc, const std::vector<HPDF_Page>& pages, const std::vector<Target>& targets) {
  std::vector<std::pair<int, HPDF_Outline>> open;  // the path from the root to the last entry
  bool any = false;
  for (const auto& t : targets) {
    if (t.level <= 0) continue;
    while (!open.empty() && open.back().first >= t.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    const std::string title = t.title.empty() ? t.id : t.title;
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
