#include "formats/pdf/doc_info.hpp"

#include <hpdf_doc.h>

#include <cerrno>
#include <cstdlib>
#include <string>

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
  auto set = [&](HPDF_InfoType type, const std::string& value) {
    if (!value.empty()) HPDF_SetInfoAttr(pdf, type, value.c_str());
  };
  set(HPDF_INFO_TITLE, meta.title);
  set(HPDF_INFO_AUTHOR, joined(meta.authors));
  set(HPDF_INFO_SUBJECT, meta.description.empty() ? meta.subtitle : meta.description);
  set(HPDF_INFO_KEYWORDS, joined(meta.keywords));
  set(HPDF_INFO_CREATOR, "mdexport " MDEXPORT_VERSION);
  set(HPDF_INFO_PRODUCER, "mdexport " MDEXPORT_VERSION " with libharu " HPDF_VERSION_TEXT);
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
