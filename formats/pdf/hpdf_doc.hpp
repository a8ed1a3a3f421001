#pragma once
#include <string>

#include <hpdf.h>

namespace mdexport::pdf {

// Owns one libharu document and turns its error callback into exceptions at
// the call sites: libharu is C, so no exception may pass through it; the
// handler only records the error and check() throws afterwards.
class HpdfDoc {
 public:
  HpdfDoc();  // throws Error when libharu cannot allocate
  ~HpdfDoc();
  HpdfDoc(const HpdfDoc&) = delete;
  HpdfDoc& operator=(const HpdfDoc&) = delete;

  HPDF_Doc get() const { return doc_; }
  // Throws Error naming what when libharu reported an error since the last
  // check or reset.
  void check(const std::string& what);
  // Forgets a recorded error (after a failure the caller recovers from).
  void reset();
  bool failed() const { return status_ != HPDF_OK; }
  // Lets libharu's table of objects grow by doubling from here on. It
  // grows by 1,024 entries at a time, copying itself each time: time and
  // memory churn growing with the square of the objects (the bookmarks of
  // 300,000 headings) unless this is called as objects are added.
  void amortize_growth();

 private:
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);
  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS status_ = HPDF_OK;
  HPDF_STATUS detail_ = HPDF_OK;
};

}  // namespace mdexport::pdf
