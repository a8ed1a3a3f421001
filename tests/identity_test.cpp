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
}
