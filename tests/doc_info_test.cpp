#include "formats/pdf/doc_info.hpp"

#include <catch2/catch.hpp>

using mdexport::pdf::document_time;

TEST_CASE("SOURCE_DATE_EPOCH fixes the document's dates", "[pdf][doc_info]") {
  CHECK(document_time("1700000000") == 1700000000);
  SECTION("anything but a number of seconds means now") {
    const auto now = std::time(nullptr);
    for (const char* bad : {"", "soon", "-5", "12abc"}) CHECK(document_time(bad) >= now);
    CHECK(document_time(nullptr) >= now);
  }
}
