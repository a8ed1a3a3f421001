#pragma once
#include <ctime>
#include <optional>

#include "doc/metadata.hpp"
#include "formats/pdf/hpdf_doc.hpp"

namespace mdexport::pdf {

// The time a build should claim: SOURCE_DATE_EPOCH when set to a valid
// number of seconds (reproducible builds: same input, same bytes), else now.
std::time_t document_time(const char* source_date_epoch);

// Fills the PDF Info dictionary: Title, Author (authors joined by ", "),
// Subject (description, else subtitle), Keywords, Creator, Producer, and
// CreationDate and ModDate set to when (UTC); and the catalog's /Lang.
void set_doc_info(HpdfDoc& doc, const doc::Metadata& meta, std::time_t when);

}  // namespace mdexport::pdf
