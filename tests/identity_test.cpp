#include <catch2/catch.hpp>

#include <cstdlib>
#include <regex>

#include "formats/epub/identity.hpp"

using namespace mdexport;

TEST_CASE("SOURCE_DATE_EPOCH fixes the build time", "[identity]") {
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  CHECK(build_time() == 1700000000);
  CHECK(utc_timestamp(build_time()) == "2023-11-14T22:13:20Z");
  setenv("SOURCE_DATE_EPOCH", "soon", 1);
  CHECK(build_time() > 1700000000);  // ignored: now
  unsetenv("SOURCE_DATE_EPOCH");
}

namespace {
std::string content_uuid(std::initializer_list<std::string_view> pieces) {
  ContentId id;
  for (const auto piece : pieces) id.add(piece);
  return id.uuid();
}
}  // namespace

TEST_CASE("Content identifiers are stable version-8 UUIDs", "[identity]") {
  const auto id = content_uuid({"hello"});
  CHECK(id == content_uuid({"hello"}));
  CHECK(id != content_uuid({"hello!"}));
  CHECK(std::regex_match(id, std::regex("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
  SECTION("the same across versions, so that a rebuilt book keeps its identifier") {
    CHECK(id == "urn:uuid:e3e1efd5-4283-894f-b081-314b599d31b3");
  }
  SECTION("content given in pieces gets the identifier of the whole") {
    CHECK(content_uuid({"hel", "", "lo"}) == id);
  }
}

TEST_CASE("Only W3C dates go into dc:date", "[identity]") {
  CHECK(w3c_date("2024") == "2024");
  CHECK(w3c_date("2024-05-01") == "2024-05-01");
  CHECK(w3c_date("2024-05-01T10:00:00Z") == "2024-05-01T10:00:00Z");
  CHECK(w3c_date("2024-13-01") == "");
  CHECK(w3c_date("May 2024") == "");
  CHECK(w3c_date("") == "");
  SECTION("as the W3C pattern says, character by character") {
    // The pattern as a regular expression, the reference; every prefix of
    // some dates and variants with each character changed.
    const std::regex pattern(
        R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?)");
    std::vector<std::string> cases;
    for (const std::string d : {"2024-12-31T23:59:59.125+05:30", "1999-01-09T00:00Z", "2024-10-20T19:39:40-12:00"})
      for (std::size_t n = 0; n <= d.size(); ++n) {
        cases.push_back(d.substr(0, n));
        for (const char c : std::string("09:-+TZ.x"))
          if (n < d.size()) cases.push_back(d.substr(0, n) + c + d.substr(n + 1));
      }
    for (const auto& c : cases) {
      INFO(c);
      CHECK(w3c_date(c) == (std::regex_match(c, pattern) ? c : ""));
    }
  }
}
