#pragma once
#include <memory>

#include "writer/writer.hpp"

namespace mdexport {

// An EPUB 3 book that passes epubcheck: split into one XHTML file per
// heading of level <= WriteOptions::split_level, with a title page, a cover
// when the metadata names one, nav and NCX tables of contents, footnotes as
// EPUB 3 notes, local images copied in, raw HTML sanitized, and the same
// bytes for the same input when SOURCE_DATE_EPOCH is set.
std::unique_ptr<Writer> make_epub_writer();

}  // namespace mdexport
