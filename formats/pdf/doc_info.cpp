#include "formats/pdf/doc_info.hpp"

#include <hpdf_doc.h>

#include <cerrno>
#include <cstdlib>
#include <string>

#include "formats/pdf/text_string.hpp"

namespace mdexport::pdf {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

std::time_t document_time(const char* source_date_epoch) {
  if (source_date_epoch && *source_date_epoch) {
    char* end = nullptr;
    errno = 0;
    const long long seconds = std::strtoll(source_date_epoch, &end, 10);
    if (errno == 0 && *end == '\0' && seconds >= 0) return static_cast<std::time_t>(seconds);
  }
  return std::time(nullptr);
}

void set_doc_info(HpdfDoc& doc, const doc::Metadata& meta, std::time_t when) {
  HPDF_Doc pdf = doc.get();
  HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "mdexport " MDEXPORT_VERSION);
  HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "mdexport " MDEXPORT_VERSION " with libharu " HPDF_VERSION_TEXT);
  // The information dictionary exists now; the user's text goes in as
  // UTF-16, whatever plane it is in.
  auto set = [&](const char* key, const std::string& value) {
    if (!value.empty() && pdf->info) HPDF_Dict_Add(pdf->info, key, text_string(pdf->mmgr, value));
  };
  set("Title", meta.title);
  set("Author", joined(meta.authors));
  set("Subject", meta.description.empty() ? meta.subtitle : meta.description);
  set("Keywords", joined(meta.keywords));
  std::tm tm{};
  gmtime_r(&when, &tm);
  HPDF_Date date{};
  date.year = tm.tm_year + 1900;
  date.month = tm.tm_mon + 1;
  date.day = tm.tm_mday;
  date.hour = tm.tm_hour;
  date.minutes = tm.tm_min;
  date.seconds = tm.tm_sec;
  date.ind = 'Z';
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date);
  // The document's language, for screen readers and search; libharu has no
  // call for it, but its catalog is a plain dictionary.
  if (!meta.lang.empty())
    HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr, meta.lang.c_str(), nullptr));
  doc.check("cannot write the document information");
}

}  // namespace mdexport::pdf
