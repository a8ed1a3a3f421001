#include "formats/epub/identity.hpp"

#include <cstdio>
#include <cstdlib>
#include <regex>

namespace mdexport {

std::time_t build_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && value >= 0) return static_cast<std::time_t>(value);
  }
  return std::time(nullptr);
}

std::string utc_timestamp(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void ContentId::add(std::string_view bytes) {
  using u128 = unsigned __int128;
  const u128 prime = (static_cast<u128>(1) << 88) | 0x13B;
  for (unsigned char c : bytes) {
    hash_ ^= c;
    hash_ *= prime;
  }
}

std::string ContentId::uuid() const {
  unsigned char b[16];
  for (int i = 0; i < 16; ++i) b[i] = static_cast<unsigned char>(hash_ >> (8 * (15 - i)));
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x80);  // version 8
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
  char out[64];
  std::snprintf(out, sizeof out, "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  return out;
}

std::string w3c_date(std::string_view date) {
  static const std::regex kDate(
      R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?)");
  const std::string s(date);
  return std::regex_match(s, kDate) ? s : "";
}

}  // namespace mdexport
