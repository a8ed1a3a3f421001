#include <catch2/catch.hpp>

#include "epub_check.hpp"
#include "formats/epub/zip_archive.hpp"

using mdexport::ZipArchive;

TEST_CASE("Zip archives keep order, method and one timestamp", "[zip_archive]") {
  auto make = [] {
    ZipArchive zip(1700000000);
    zip.add("mimetype", "application/epub+zip", ZipArchive::Method::Store);
    zip.add("a/b.txt", std::string(1000, 'x'), ZipArchive::Method::Deflate);
    return zip.finish();
  };
  const auto bytes = make();
  CHECK(bytes == make());
  // A stored first entry without extra fields: name at 30, data at 38.
  CHECK(bytes.compare(0, 4, "PK\x03\x04") == 0);
  CHECK(bytes.compare(30, 28, "mimetypeapplication/epub+zip") == 0);
  CHECK(bytes.size() < 600);  // the 1000 x's were deflated
  const auto entries = test::unzip(bytes);
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].first == "mimetype");
  CHECK(entries[1] == std::pair<std::string, std::string>{"a/b.txt", std::string(1000, 'x')});
}

TEST_CASE("Zip times before 1980 are clamped", "[zip_archive]") {
  ZipArchive zip(0);
  zip.add("x", "y", ZipArchive::Method::Store);
  CHECK(test::unzip(zip.finish()).size() == 1);
}

TEST_CASE("Zip entries say Unix rw-r--r-- and UTF-8 names", "[zip_archive]") {
  ZipArchive zip(1700000000);
  zip.add("EPUB/images/caf\xC3\xA9.png", "png", ZipArchive::Method::Store);
  const auto bytes = zip.finish();
  const auto central = bytes.find("PK\x01\x02");
  REQUIRE(central != std::string::npos);
  const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(bytes[central + at]); };
  CHECK(byte(5) == 3);                     // made by: Unix, so the attributes below count
  CHECK((byte(8) | byte(9) << 8) == 0x800);  // general purpose flag: UTF-8 name
  CHECK((byte(40) | byte(41) << 8) == 0100644);  // external attributes, high half: rw-r--r-- file
  CHECK(test::unzip(bytes).at(0).first == "EPUB/images/caf\xC3\xA9.png");
}

TEST_CASE("a zip archive of more entries than a zip without zip64 lists is refused, not written corrupt",
          "[zip_archive][security][limits]") {
  ZipArchive at_limit(1700000000);
  for (std::size_t i = 0; i < ZipArchive::kMaxEntries; ++i) at_limit.add(std::to_string(i), "", ZipArchive::Method::Store);
  CHECK(test::unzip(at_limit.finish()).size() == ZipArchive::kMaxEntries);

  ZipArchive over(1700000000);
  for (std::size_t i = 0; i <= ZipArchive::kMaxEntries; ++i) over.add(std::to_string(i), "", ZipArchive::Method::Store);
  CHECK_THROWS_WITH(over.finish(), "error: the EPUB would hold 65535 files, more than the 65534 a zip file without zip64 lists");
}
