#include "formats/pdf/font_face.hpp"

#include <map>
#include <mutex>

#include <hb-ot.h>
#include <hb.h>

namespace mdexport::pdf {
namespace {

// A font table's bytes, released with the object.
class Table {
 public:
  Table(hb_face_t* face, const char (&tag)[5])
      : blob_(hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]))),
        data_(hb_blob_get_data(blob_, &size_)) {}
  ~Table() { hb_blob_destroy(blob_); }
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  bool has(unsigned offset, unsigned bytes) const { return offset + bytes <= size_; }
  unsigned u16(unsigned at) const {
    return has(at, 2) ? static_cast<unsigned>(static_cast<unsigned char>(data_[at]) << 8 |
                                              static_cast<unsigned char>(data_[at + 1]))
                      : 0;
  }
  int s16(unsigned at) const { return static_cast<std::int16_t>(u16(at)); }
  std::uint32_t u32(unsigned at) const { return static_cast<std::uint32_t>(u16(at)) << 16 | u16(at + 2); }

 private:
  hb_blob_t* blob_;
  unsigned size_ = 0;
  const char* data_;
};

// OS/2 fsType bits that forbid embedding a subset: restricted licence,
// no subsetting, bitmap embedding only.
constexpr unsigned kNoEmbedding = 0x0002 | 0x0100 | 0x0200;

// PostScript names may hold only printable ASCII that is no PDF delimiter.
std::string clean_name(const std::string& name) {
  std::string out;
  for (char c : name)
    if (c > ' ' && c < 127 && std::string_view("()<>[]{}/%#").find(c) == std::string_view::npos) out += c;
  return out.empty() ? "Font" : out;
}

}  // namespace

std::shared_ptr<const FontFace> FontFace::open(const FontSource& source) {
  static std::mutex mutex;
  static std::map<FontSource, std::shared_ptr<const FontFace>> opened;  // nullptr = unusable
  const std::lock_guard lock(mutex);
  auto found = opened.find(source);
  if (found != opened.end()) return found->second;
  std::shared_ptr<const FontFace> result;
  if (hb_blob_t* blob = hb_blob_create_from_file_or_fail(source.file.c_str())) {
    if (source.index >= 0 && static_cast<unsigned>(source.index) < hb_face_count(blob)) {
      std::shared_ptr<FontFace> face(
          new FontFace(source, blob, hb_face_create(blob, static_cast<unsigned>(source.index))));
      if (face->read_tables()) result = std::move(face);
    } else {
      hb_blob_destroy(blob);
    }
  }
  return opened.emplace(source, std::move(result)).first->second;
}

FontFace::FontFace(FontSource source, hb_blob_t* blob, hb_face_t* face)
    : source_(std::move(source)), blob_(blob), face_(face), font_(hb_font_create(face)) {
  hb_face_make_immutable(face_);
}

FontFace::~FontFace() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

bool FontFace::read_tables() {
  const Table glyf(face_, "glyf"), head(face_, "head"), hhea(face_, "hhea"), os2(face_, "OS/2"), post(face_, "post");
  if (!glyf.has(0, 1) || !head.has(0, 54) || !hhea.has(0, 36)) return false;  // CFF outlines or broken
  if (os2.u16(8) & kNoEmbedding) return false;
  units_per_em_ = head.u16(18);
  if (units_per_em_ < 16) return false;
  // Advances in font units, as the hmtx table holds them.
  hb_font_set_scale(font_, static_cast<int>(units_per_em_), static_cast<int>(units_per_em_));
  hb_font_make_immutable(font_);
  const auto scale = [this](int units) { return units * 1000 / static_cast<int>(units_per_em_); };
  descriptor_.ascent = scale(hhea.s16(4));
  descriptor_.descent = scale(hhea.s16(6));
  // sCapHeight exists from OS/2 version 2 on.
  descriptor_.cap_height = os2.u16(0) >= 2 && os2.has(88, 2) ? scale(os2.s16(88)) : descriptor_.ascent;
  for (unsigned i = 0; i < 4; ++i) descriptor_.bbox[i] = scale(head.s16(36 + 2 * i));
  descriptor_.italic_angle = static_cast<std::int32_t>(post.u32(4)) / 65536.0;
  descriptor_.fixed_pitch = post.u32(12) != 0;
  char name[128];
  unsigned length = sizeof name;
  hb_ot_name_get_utf8(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, name);
  postscript_name_ = clean_name(std::string(name, length));
  return true;
}

std::uint16_t FontFace::glyph(char32_t cp) const {
  hb_codepoint_t g = 0;
  return hb_font_get_nominal_glyph(font_, cp, &g) && g <= 0xFFFF ? static_cast<std::uint16_t>(g) : 0;
}

int FontFace::advance(std::uint16_t glyph) const {
  return static_cast<int>(hb_font_get_glyph_h_advance(font_, glyph)) * 1000 / static_cast<int>(units_per_em_);
}

}  // namespace mdexport::pdf
