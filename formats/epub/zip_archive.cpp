#include "formats/epub/zip_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <memory>

#include "util/diagnostics.hpp"

namespace mdexport {
namespace {

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

Error zip_failure(const char* what, zip_error_t* error) {
  return Error(std::string("error: cannot write the EPUB archive (") + what + "): " + zip_error_strerror(error));
}

}  // namespace

void ZipArchive::add(std::string name, std::string bytes, Method method) {
  entries_.push_back({std::move(name), std::move(bytes), method});
}

std::string ZipArchive::finish() {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) throw zip_failure("buffer", &error);
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) throw zip_failure("open", &error);
  // The archive takes a reference to the buffer; keep ours to read it after close.
  zip_source_keep(buffer.get());
  // DOS times have no zone: the UTC fields are written so that the bytes do
  // not depend on the machine's time zone.
  const std::time_t when = std::max<std::time_t>(modified_, 315532800);  // 1980-01-01 UTC
  std::tm tm{};
  gmtime_r(&when, &tm);
  const auto dos_time = static_cast<zip_uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  const auto dos_date = static_cast<zip_uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
  for (const auto& e : entries_) {
    zip_source_t* data = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    const zip_int64_t index = data ? zip_file_add(archive, e.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      zip_discard(archive);
      throw Error("error: cannot write the EPUB archive (" + e.name + "): " + zip_strerror(archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    // Deflate level 3, not the default 6: converting the CommonMark spec takes
    // a fifth fewer instructions in all, for a book 12% larger.
    zip_set_file_compression(archive, i, e.method == Method::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 3);
    zip_file_set_dostime(archive, i, dos_time, dos_date, 0);
    // Regular file, rw-r--r--, the same on every machine.
    zip_file_set_external_attributes(archive, i, 0, ZIP_OPSYS_UNIX, 0100644u << 16);
  }
  if (zip_close(archive) < 0) {
    const std::string message = zip_strerror(archive);
    zip_discard(archive);
    throw Error("error: cannot write the EPUB archive: " + message);
  }
  std::string out;
  if (zip_source_open(buffer.get()) < 0) throw zip_failure("read", zip_source_error(buffer.get()));
  zip_source_seek(buffer.get(), 0, SEEK_END);
  out.resize(static_cast<std::size_t>(zip_source_tell(buffer.get())));
  zip_source_seek(buffer.get(), 0, SEEK_SET);
  const auto got = zip_source_read(buffer.get(), out.data(), out.size());
  zip_source_close(buffer.get());
  if (got < 0 || static_cast<std::size_t>(got) != out.size()) throw Error("error: cannot read back the EPUB archive");
  return out;
}

}  // namespace mdexport
