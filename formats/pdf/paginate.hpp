#pragma once
#include <vector>

#include "formats/pdf/boxes.hpp"

namespace mdexport::pdf {

// Stacks the flow's slabs into the text area of pages, top to bottom:
// - space_before is dropped at the top of a page;
// - a slab with keep_with_next goes to a new page unless it and the slabs it
//   is kept with fit (chains taller than a page are not kept);
// - a slab with repeat that starts a page gets that table header above it;
// - the notes a slab cites go to the foot of its page, below a short rule,
//   or when they do not fit there, to the foot of the next page.
// Returns at least one page. The flow's boxes move to the pages.
std::vector<Page> paginate(Flow flow, const PageGeometry& geometry);

}  // namespace mdexport::pdf
