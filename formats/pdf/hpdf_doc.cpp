#include "formats/pdf/hpdf_doc.hpp"

#include <hpdf_doc.h>
#include <hpdf_list.h>

#include <cstdio>

#include "util/diagnostics.hpp"

namespace mdexport::pdf {

HpdfDoc::HpdfDoc() : doc_(HPDF_New(&HpdfDoc::on_error, this)) {
  if (!doc_) throw Error("error: cannot create a PDF document (out of memory)");
}

HpdfDoc::~HpdfDoc() { HPDF_Free(doc_); }

void HpdfDoc::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
  auto* d = static_cast<HpdfDoc*>(self);
  if (d->status_ == HPDF_OK) {
    d->status_ = error;
    d->detail_ = detail;
  }
}

void HpdfDoc::check(const std::string& what) {
  if (status_ == HPDF_OK) return;
  char code[48];
  std::snprintf(code, sizeof code, " (libharu error 0x%04X, detail %u)", static_cast<unsigned>(status_),
                static_cast<unsigned>(detail_));
  reset();
  throw Error("error: " + what + code);
}

void HpdfDoc::amortize_growth() {
  HPDF_List entries = doc_->xref ? doc_->xref->entries : nullptr;
  if (entries && entries->items_per_block < entries->count) entries->items_per_block = entries->count;
}

void HpdfDoc::reset() {
  status_ = HPDF_OK;
  detail_ = HPDF_OK;
  HPDF_ResetError(doc_);
}

}  // namespace mdexport::pdf
