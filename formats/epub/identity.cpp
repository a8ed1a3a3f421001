#include "formats/epub/identity.hpp"

#include <cstdio>
#include <cstdlib>

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
  // A local copy stays in registers; the member would be stored after
  // every byte, as a char may alias it.
  u128 hash = hash_;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= prime;
  }
  hash_ = hash;
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

namespace {

// Reads a W3C date (YYYY, YYYY-MM, YYYY-MM-DD, or that with Thh:mm, :ss,
// .s..., and a zone Z or +hh:mm) by hand: std::regex took longer to compile
// the pattern than the rest of a small book took to write.
class DateReader {
 public:
  explicit DateReader(std::string_view s) : s_(s) {}

  bool valid() {
    if (!digits(4)) return false;
    if (done()) return true;
    if (!(take('-') && number(1, 12))) return false;
    if (done()) return true;
    if (!(take('-') && number(1, 31))) return false;
    if (done()) return true;
    if (!(take('T') && number(0, 23) && take(':') && number(0, 59))) return false;
    if (take(':')) {
      if (!number(0, 59)) return false;
      if (take('.') && !digits_at_least(1)) return false;
    }
    if (!take('Z') && !((take('+') || take('-')) && number(0, 23) && take(':') && number(0, 59))) return false;
    return done();
  }

 private:
  bool done() const { return at_ == s_.size(); }
  bool take(char c) {
    if (done() || s_[at_] != c) return false;
    ++at_;
    return true;
  }
  bool digit() {
    if (done() || s_[at_] < '0' || s_[at_] > '9') return false;
    ++at_;
    return true;
  }
  bool digits(int n) {
    while (n-- > 0)
      if (!digit()) return false;
    return true;
  }
  bool digits_at_least(int n) {
    if (!digits(n)) return false;
    while (digit()) {}
    return true;
  }
  // Two digits between low and high.
  bool number(int low, int high) {
    if (!digits(2)) return false;
    const int v = (s_[at_ - 2] - '0') * 10 + (s_[at_ - 1] - '0');
    return v >= low && v <= high;
  }

  std::string_view s_;
  std::size_t at_ = 0;
};

}  // namespace

std::string w3c_date(std::string_view date) { return DateReader(date).valid() ? std::string(date) : ""; }

}  // namespace mdexport
