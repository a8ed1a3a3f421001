#include "formats/pdf/glyph_subset.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "support.hpp"

namespace {

// Dark pixels on the first page of pdf, rendered in grey at 100 dpi by
// poppler's pdftoppm.
long ink(const std::filesystem::path& pdf, const test::TempDir& dir) {
  const auto pgm = dir / "page";
  const std::string command = "pdftoppm -gray -r 100 -f 1 -l 1 -singlefile '" + pdf.string() + "' '" + pgm.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  const auto data = test::read_file(pgm.string() + ".pgm");
  // A binary PGM: "P5", width, height, maxval, then one byte a pixel.
  std::size_t at = 0;
  for (int field = 0; field < 4; ++field) at = data.find_first_of(" \n", at) + 1;
  long dark = 0;
  for (std::size_t i = at; i < data.size(); ++i) dark += static_cast<unsigned char>(data[i]) < 128;
  return dark;
}

}  // namespace

// keep_composite_parts runs inside every PDF conversion; what it fixes shows
// only in the drawing: without it, Hangul from WenQuanYi Zen Hei (parts
// numbered above 32767) came out blank. (DejaVu's joined Arabic forms lost
// their dots, seen in the page images of samples/unicode.md.)
TEST_CASE("glyphs made of parts are drawn whole: Hangul is not blank", "[pdf][glyph_subset]") {
  test::TempDir dir;
  auto pdf_of = [&](const std::string& name, const std::string& body) {
    std::string md = "# Title\n\n";
    md += body;
    test::write_file(dir / (name + ".md"), md);
    const auto pdf = dir / (name + ".pdf");
    // Built up with += : g++ 12 warns falsely (-Wrestrict) on "'" + string.
    std::string args = "'";
    args += (dir / (name + ".md")).string();
    args += "' -o '";
    args += pdf.string();
    args += "'";
    REQUIRE(test::run_mdexport(args).status == 0);
    return pdf;
  };
  const long blank = ink(pdf_of("blank", ""), dir);
  const long hangul = ink(pdf_of("hangul", "\xEC\x95\x88\xEB\x85\x95\xED\x95\x98\xEC\x84\xB8\xEC\x9A\x94\n"), dir);
  CHECK(hangul - blank > 60);  // 안녕하세요: five syllables of ink (about 180 pixels)
}
