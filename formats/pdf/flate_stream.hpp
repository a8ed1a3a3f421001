#pragma once
#include <hpdf.h>
#include <hpdf_objects.h>

#include <cstddef>
#include <string_view>

namespace mdexport::pdf {

// Streams deflated by us (util/deflate: libdeflate) rather than by libharu
// through zlib, at a quarter of the time.

// A new stream object holding data, deflated; nullptr on failure.
HPDF_Dict new_flate_stream(HPDF_Doc doc, const void* data, std::size_t size);

// Deflates what libharu wrote into the page's content stream followed by
// appended, the operators drawn without it, in place. Call once the page is
// drawn: what is written after would be taken as compressed.
bool deflate_page_contents(HPDF_Page page, std::string_view appended = {});

}  // namespace mdexport::pdf
