#include "formats/pdf/embedded_font.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "formats/pdf/font_face.hpp"
#include "formats/pdf/font_files.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/hpdf_doc.hpp"

using namespace mdexport::pdf;

namespace {

// Reads back a literal string's bytes as a PDF reader does (PDF 32000-1,
// 7.3.4.2); "(unescaped)" when a byte that ends or escapes one, or a bare
// CR, stands unescaped.
std::string read_literal(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(' || s[i] == ')' || s[i] == '\r') return "(unescaped)";
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    if (++i == s.size()) return "(unescaped)";
    out += s[i] == 'r' ? '\r' : s[i];
  }
  return out;
}

}  // namespace

TEST_CASE("glyph codes are literal string bytes with those that end or escape one escaped",
          "[pdf][embedded_font]") {
  HpdfDoc doc;
  const auto face = FontFace::open({FontFiles({})[face_of(Family::Body, false, false)], 0});
  REQUIRE(face);
  EmbeddedFont font(doc.get(), face);
  // Every code point the font draws, so glyph numbers with a byte 0x28,
  // 0x29, 0x5C or 0x0D in either half are among them.
  std::set<unsigned char> special_seen;
  for (char32_t cp = 0x20; cp < 0x10000; ++cp) {
    const std::uint16_t g = face->glyph(cp);
    if (g == 0) continue;
    std::string codes;
    font.encode(cp, codes);
    const std::string expected{static_cast<char>(g >> 8), static_cast<char>(g & 0xFF)};
    if (read_literal(codes) != expected) FAIL("U+" << std::hex << static_cast<unsigned>(cp) << " glyph " << g);
    for (const unsigned char b : expected)
      if (b == '(' || b == ')' || b == '\\' || b == '\r') special_seen.insert(b);
  }
  CHECK(special_seen == std::set<unsigned char>{'(', ')', '\\', '\r'});
}
