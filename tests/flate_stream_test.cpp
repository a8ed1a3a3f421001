#include "formats/pdf/flate_stream.hpp"

#include <catch2/catch.hpp>
#include <hpdf_streams.h>

#include <string>
#include <vector>

#include "formats/pdf/hpdf_doc.hpp"
#include "support.hpp"

using mdexport::pdf::HpdfDoc;

namespace {

std::string stream_bytes(HPDF_Stream stream) {
  std::string bytes(HPDF_Stream_Size(stream), '\0');
  auto size = static_cast<HPDF_UINT>(bytes.size());
  HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET);
  HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  return bytes;
}

}  // namespace

TEST_CASE("a new stream holds its bytes deflated", "[pdf][flate_stream]") {
  HpdfDoc doc;
  const std::string text(5000, 'x');
  HPDF_Dict dict = mdexport::pdf::new_flate_stream(doc.get(), text.data(), text.size());
  REQUIRE(dict);
  const auto packed = stream_bytes(dict->stream);
  CHECK(packed.size() < 100);
  CHECK(test::inflated(packed) == text);
}

TEST_CASE("a drawn page's contents are deflated in place and saved as such", "[pdf][flate_stream]") {
  HpdfDoc doc;
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_Page page = HPDF_AddPage(doc.get());
  HPDF_Page_Rectangle(page, 10, 20, 30, 40);
  HPDF_Page_Fill(page);
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  const auto drawn = stream_bytes(attr->stream);
  REQUIRE(drawn.find(" re") != std::string::npos);
  REQUIRE(mdexport::pdf::deflate_page_contents(page));
  CHECK(test::inflated(stream_bytes(attr->stream)) == drawn);

  test::TempDir dir;
  const auto file = (dir / "page.pdf").string();
  REQUIRE(HPDF_SaveToFile(doc.get(), file.c_str()) == HPDF_OK);
  const auto pdf = test::read_file(file);
  // Filtered once, by us: libharu must not deflate it a second time.
  const auto start = pdf.find("/Filter /FlateDecode");
  REQUIRE(start != std::string::npos);
  CHECK(pdf.find("/Filter", start + 1) == std::string::npos);
  const auto body = pdf.find("stream\r\n", start) + 8;
  const auto end = pdf.find("\r\nendstream", body);
  CHECK(test::inflated(pdf.substr(body, end - body)) == drawn);
}
