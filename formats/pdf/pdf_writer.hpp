#pragma once
#include <memory>

#include "writer/writer.hpp"

namespace mdexport {

// PDF for print and sharing: embedded TrueType subsets found through
// fontconfig, text that copies and extracts exactly, links, bookmarks, an
// optional table of contents, footnotes at the foot of the citing page.
// Reads WriteOptions::pdf_* and resource_dir.
std::unique_ptr<Writer> make_pdf_writer();

}  // namespace mdexport
