#include "formats/pdf/flate_stream.hpp"

#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <libdeflate.h>

#include <memory>
#include <vector>

namespace mdexport::pdf {
namespace {

constexpr int kLevel = 6;

// libharu drops a /Filter entry from a stream it did not compress itself,
// so the entry is written by the dictionary's write hook instead.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

// One compressor per thread (a batch converts on several), kept: making
// one allocates its tables.
libdeflate_compressor* compressor() {
  struct Free {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
  };
  thread_local std::unique_ptr<libdeflate_compressor, Free> c(libdeflate_alloc_compressor(kLevel));
  return c.get();
}

// Writes data deflated (zlib format, as /FlateDecode wants) into dict's
// stream, and marks dict so.
bool write_deflated(HPDF_Dict dict, const void* data, std::size_t size) {
  libdeflate_compressor* c = compressor();
  if (!c) return false;
  std::vector<unsigned char> packed(libdeflate_zlib_compress_bound(c, size));
  const std::size_t packed_size = libdeflate_zlib_compress(c, data, size, packed.data(), packed.size());
  if (packed_size == 0) return false;
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = write_flate_filter;
  return HPDF_Stream_Write(dict->stream, packed.data(), static_cast<HPDF_UINT>(packed_size)) == HPDF_OK;
}

}  // namespace

HPDF_Dict new_flate_stream(HPDF_Doc doc, const void* data, std::size_t size) {
  HPDF_Dict dict = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (!dict || !write_deflated(dict, data, size)) return nullptr;
  return dict;
}

bool deflate_page_contents(HPDF_Page page) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Stream stream = attr->stream;
  std::vector<HPDF_BYTE> raw(HPDF_Stream_Size(stream));
  auto size = static_cast<HPDF_UINT>(raw.size());
  if (HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK) return false;
  if (size > 0 && HPDF_Stream_Read(stream, raw.data(), &size) != HPDF_OK) return false;
  HPDF_MemStream_FreeData(stream);
  return write_deflated(attr->contents, raw.data(), size);
}

}  // namespace mdexport::pdf
