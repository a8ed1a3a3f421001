#include "formats/pdf/bmp_table.hpp"

#include <catch2/catch.hpp>

#include <cstdint>

using mdexport::pdf::BmpTable;

TEST_CASE("a code point not written reads as missing", "[pdf][bmp_table]") {
  BmpTable<std::int16_t, -1> table;
  CHECK(table.get(0x41) == -1);
  CHECK(table.get(0xFFFF) == -1);
  CHECK(table.first_block() == nullptr);
}

TEST_CASE("a written code point reads back and its neighbours stay missing", "[pdf][bmp_table]") {
  BmpTable<std::int16_t, -1> table;
  table.at(0x4F60) = 7;
  table.at(0xFFFF) = 0;
  CHECK(table.get(0x4F60) == 7);
  CHECK(table.get(0x4F61) == -1);
  CHECK(table.get(0x4E60) == -1);
  CHECK(table.get(0xFFFF) == 0);
  CHECK(table.first_block() == nullptr);  // nothing below 256 was written
  table.at(0x41) = 3;
  REQUIRE(table.first_block() != nullptr);
  CHECK(table.first_block()[0x41] == 3);
  CHECK(table.first_block()[0x42] == -1);
}
