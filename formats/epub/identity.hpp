#pragma once
#include <ctime>
#include <string>
#include <string_view>

namespace mdexport {

// The time a book is made: SOURCE_DATE_EPOCH when set to a number (for
// reproducible builds, https://reproducible-builds.org/specs/source-date-epoch/),
// else now.
std::time_t build_time();

// t as "YYYY-MM-DDThh:mm:ssZ", the form dcterms:modified requires.
std::string utc_timestamp(std::time_t t);

// A urn:uuid: made from content with 128-bit FNV-1a, marked as a version 8
// (vendor-specific) UUID: the same content always gets the same identifier.
// The content is given in pieces, so that it need never be held whole.
class ContentId {
 public:
  // Appends bytes to the content.
  void add(std::string_view bytes);
  // The identifier of the content added so far.
  std::string uuid() const;

 private:
  unsigned __int128 hash_ = (static_cast<unsigned __int128>(0x6C62272E07BB0142ULL) << 64) | 0x62B821756295C58DULL;
};

// date if it is a W3C date ("2024", "2024-05", "2024-05-01", or a full
// date and time), the only form dc:date may take without a validator
// warning; else "".
std::string w3c_date(std::string_view date);

}  // namespace mdexport
