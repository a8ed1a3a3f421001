#pragma once
#include <cstddef>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace mdexport {

// Builds a zip file in memory with minizip (zlib's, which needs nothing
// more; libzip would load OpenSSL, 3 ms of every start), entries in the
// order added, all with one timestamp, so that the same entries give the
// same bytes. Entries are deflated by util/deflate (libdeflate).
// Lifecycle: construct, add()*, finish() once.
class ZipArchive {
 public:
  enum class Method { Store, Deflate };

  // No zip64: epubcheck and many reading systems do not read it (EPUB
  // allows it, and asks for it only where needed), so an archive stays
  // below the classic limits: 65,534 entries (65,535 marks zip64) and
  // 4 GB. finish() throws Error past them rather than write a zip that
  // lists the wrong entries.
  static constexpr std::size_t kMaxEntries = 65534;

  // modified: the time every entry carries (clamped to 1980, where zip
  // times start).
  explicit ZipArchive(std::time_t modified) : modified_(modified) {}

  // Adds an entry; the bytes are copied.
  void add(std::string name, std::string bytes, Method method);
  // The zip file. Throws Error if minizip fails or a limit is passed.
  std::string finish();

 private:
  struct Entry {
    std::string name;
    std::string bytes;
    Method method;
  };
  std::time_t modified_;
  std::vector<Entry> entries_;
};

}  // namespace mdexport
