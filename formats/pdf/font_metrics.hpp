#pragma once
#include <string>
#include <string_view>

namespace mdexport::pdf {

// The three font families a document uses, each in four styles.
enum class Family { Body = 0, Heading = 1, Mono = 2 };

// A face is one family in one style; 12 faces in all, numbered so that
// tables indexed by face stay small.
constexpr int kFaceCount = 12;
constexpr int face_of(Family family, bool bold, bool italic) {
  return static_cast<int>(family) * 4 + (bold ? 1 : 0) + (italic ? 2 : 0);
}
constexpr Family family_of(int face) { return static_cast<Family>(face / 4); }
constexpr bool is_bold(int face) { return (face & 1) != 0; }
constexpr bool is_italic(int face) { return (face & 2) != 0; }

// Glyph advances, so that layout can be computed (and tested) without a PDF
// library: the painter's fonts implement it, tests use a fixed-width fake.
class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  // Advance width of code point cp in face, in thousandths of an em.
  virtual double advance(int face, char32_t cp) const = 0;
  // Width in points of UTF-8 text set in face at size points: the advances
  // added up.
  virtual double width(int face, double size, std::string_view text) const;
};

// Makes text drawable: invalid bytes and C0 controls become U+FFFD, tabs
// and line ends become spaces.
std::string drawable_text(std::string_view text);

// Decodes the code point at text[i], advancing i; U+FFFD on invalid bytes.
char32_t next_code_point(std::string_view text, std::size_t& i);

}  // namespace mdexport::pdf
