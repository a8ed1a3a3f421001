#include "formats/pdf/painter.hpp"

#include <catch2/catch.hpp>
#include <utf8proc.h>

#include <map>
#include <regex>
#include <string>
#include <vector>

#include "formats/pdf/font_face.hpp"
#include "support.hpp"

using namespace mdexport::pdf;

namespace {

struct Word {
  std::string text;
  double x_min = 0, y_max = 0;
};

// The words poppler reads from the first page, with where it puts them.
std::vector<Word> extracted_words(const std::string& pdf) {
  const auto r = test::sh("pdftotext -bbox -f 1 -l 1 '" + pdf + "' -");
  REQUIRE(r.status == 0);
  static const std::regex kWord(R"re(<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<Word> words;
  for (std::sregex_iterator m(r.out.begin(), r.out.end(), kWord), end; m != end; ++m)
    words.push_back({(*m)[3], std::stod((*m)[1]), std::stod((*m)[2])});
  return words;
}

Box text(std::string s, double x, double y, int face = 0, std::uint32_t color = 0x111111) {
  Box b;
  b.text = std::move(s);
  b.x = x;
  b.y = y;
  b.face = face;
  b.size = 10;
  b.color = color;
  return b;
}

// Paints one page and saves it; the path of the PDF.
std::string painted(const std::vector<Box>& boxes, const test::TempDir& dir) {
  HpdfDoc doc;
  PdfFonts fonts(doc, FontFiles({}));
  mdexport::Diagnostics diag;
  paint(doc, fonts, {Page{boxes}}, PageGeometry{}, diag);
  fonts.finish();
  const auto file = (dir / "page.pdf").string();
  REQUIRE(HPDF_SaveToFile(doc.get(), file.c_str()) == HPDF_OK);
  return file;
}

// The decoded content stream of the page in pdf (the stream with text).
std::string page_contents(const std::string& pdf) {
  for (auto at = pdf.find("stream\r\n"); at != std::string::npos; at = pdf.find("stream\r\n", at + 1)) {
    const auto body = at + 8;
    const auto contents = test::inflated(pdf.substr(body, pdf.find("\r\nendstream", body) - body));
    if (contents.find("BT\n") != std::string::npos) return contents;
  }
  return "(no page contents)";
}

Box fill(double y, double h, std::uint32_t color) {
  Box b;
  b.kind = BoxKind::Fill;
  b.x = 56.693;
  b.y = y;
  b.w = 481.89;
  b.h = h;
  b.color = color;
  return b;
}

}  // namespace

TEST_CASE("backgrounds go first and a stack of them in one colour is one rectangle", "[pdf][painter]") {
  test::TempDir dir;
  // Three code lines edge to edge, each with its text, then a quote bar.
  const std::vector<Box> boxes = {fill(100, 11.44, 0xF3F3F3), text("one", 60, 109),
                                  fill(111.44, 11.44, 0xF3F3F3), text("two", 60, 120.44),
                                  fill(122.88, 11.44, 0xF3F3F3), text("three", 60, 131.88),
                                  fill(140, 14, 0xC8C8C8)};
  const auto contents = page_contents(test::read_file(painted(boxes, dir)));
  INFO(contents);
  // y from the page bottom: 841.89 - 134.32; height 3 x 11.44.
  CHECK(contents.find(" 0.953 0.953 0.953 rg\n 56.693 707.57 481.89 34.32 re f\n") == 0);
  CHECK(contents.find(" 56.693 687.89 481.89 14 re f\n") < contents.find("BT"));
  CHECK(contents.find("BT") == contents.rfind("BT"));  // one text object for all three lines
}

TEST_CASE("a text box in pieces is drawn as the boxes of its pieces would be", "[pdf][painter]") {
  test::TempDir dir;
  Box pieces = text("onetwothree", 60.5, 100);
  pieces.pieces = {{3, 83.25}, {6, 110.125}};
  const auto drawn = page_contents(test::read_file(painted({pieces, text("four", 70, 120)}, dir)));
  const auto apart = page_contents(
      test::read_file(painted({text("one", 60.5, 100), text("two", 83.25, 100), text("three", 110.125, 100),
                               text("four", 70, 120)},
                              dir)));
  CHECK(drawn == apart);
  CHECK(drawn.find("(") != std::string::npos);
}

TEST_CASE("text is drawn where the layout placed it", "[pdf][painter][tools]") {
  test::TempDir dir;
  const int bold = face_of(Family::Body, true, false);
  Box rule;
  rule.kind = BoxKind::Fill;
  rule.x = 56.7, rule.y = 140, rule.w = 400, rule.h = 1;
  // One baseline of words with uneven gaps, broken by a colour and a face
  // (each closes a TJ array), then a second line, then text after a fill
  // (a new text object).
  const std::vector<Box> boxes = {
      text("Alpha", 100, 100),           text("beta", 160.25, 100),
      text("gamma", 220.5, 100, 0, 0xAA0000), text("delta", 290.125, 100, bold),
      text("epsilon", 350.333, 100),     text("zeta", 120.4, 130),
      rule,                              text("eta", 80.77, 160),
  };
  // Poppler orders words by its own reading of columns: matched by text.
  std::map<std::string, Word> at;
  for (const auto& w : extracted_words(painted(boxes, dir))) at.emplace(w.text, w);
  REQUIRE(at.size() == 7);
  for (const auto& b : boxes) {
    if (b.kind != BoxKind::Text) continue;
    INFO(b.text);
    REQUIRE(at.count(b.text) == 1);
    CHECK(at[b.text].x_min == Approx(b.x).margin(0.01));
  }
  const double baseline = at["Alpha"].y_max;
  CHECK(at["beta"].y_max == Approx(baseline).margin(0.001));
  CHECK(at["epsilon"].y_max == Approx(baseline).margin(0.001));
  CHECK(at["zeta"].y_max - baseline == Approx(30).margin(0.001));
  CHECK(at["eta"].y_max - baseline == Approx(60).margin(0.001));
}

TEST_CASE("glyphs whose codes hold a parenthesis backslash or CR byte copy out", "[pdf][painter][tools]") {
  test::TempDir dir;
  const auto face = FontFace::open({FontFiles({})[face_of(Family::Body, false, false)], 0});
  REQUIRE(face);
  std::string line;
  for (char32_t cp = 0x21; cp < 0x300; ++cp) {
    const std::uint16_t g = face->glyph(cp);
    for (const int b : {g >> 8, g & 0xFF})
      if (g != 0 && (b == '(' || b == ')' || b == '\\' || b == '\r')) {
        utf8proc_uint8_t utf8[4];
        line.append(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), utf8)));
        break;
      }
  }
  REQUIRE(line.size() >= 4);
  const auto r = test::sh("pdftotext '" + painted({text(line, 60, 100)}, dir) + "' -");
  REQUIRE(r.status == 0);
  CHECK(r.err == "");
  CHECK_THAT(r.out, Catch::Matchers::Contains(line));
}
