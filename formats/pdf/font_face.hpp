#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "formats/pdf/font_fallback.hpp"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace mdexport::pdf {

// One TrueType font read with HarfBuzz: which glyph draws a code point and
// how wide it is. The file is mapped, not read, so a 17 MB CJK collection
// costs only the pages its lookups touch. Immutable once open, so one copy
// serves every conversion in the process, on any thread.
class FontFace {
 public:
  // The face in source, shared by every caller; nullptr when the file is
  // not a TrueType font (glyf outlines) whose licence allows embedding.
  static std::shared_ptr<const FontFace> open(const FontSource& source);

  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  // The glyph for cp; 0 (.notdef) when the font has none.
  std::uint16_t glyph(char32_t cp) const;
  // Advance of glyph in thousandths of an em, rounded down as libharu does
  // (the PDF's /W array holds the same numbers, so layout and viewers agree).
  int advance(std::uint16_t glyph) const;

  const FontSource& source() const { return source_; }
  hb_face_t* face() const { return face_; }
  const std::string& postscript_name() const { return postscript_name_; }
  // Font-wide figures for the PDF font descriptor, in thousandths of an em.
  struct Descriptor {
    int ascent = 0, descent = 0, cap_height = 0;
    int bbox[4] = {0, 0, 0, 0};
    double italic_angle = 0;
    bool fixed_pitch = false;
  };
  const Descriptor& descriptor() const { return descriptor_; }

 private:
  FontFace(FontSource source, hb_blob_t* blob, hb_face_t* face);
  bool read_tables();

  FontSource source_;
  hb_blob_t* blob_;
  hb_face_t* face_;
  hb_font_t* font_;
  unsigned units_per_em_ = 1000;
  std::string postscript_name_;
  Descriptor descriptor_;
};

}  // namespace mdexport::pdf
