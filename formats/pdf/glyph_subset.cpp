#include "formats/pdf/glyph_subset.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include <vector>

namespace mdexport::pdf {
namespace {

// Composite glyph component flags (OpenType 'glyf' table).
constexpr unsigned kArgsAreWords = 0x0001;
constexpr unsigned kScale = 0x0008;
constexpr unsigned kMoreComponents = 0x0020;
constexpr unsigned kXYScale = 0x0040;
constexpr unsigned kTwoByTwo = 0x0080;

class Marker {
 public:
  explicit Marker(HPDF_TTFontDefAttr attr) : attr_(attr) {}

  void run() {
    std::vector<HPDF_UINT16> todo;
    for (HPDF_UINT16 gid = 0; gid < attr_->num_glyphs; ++gid)
      if (attr_->glyph_tbl.flgs[gid]) todo.push_back(gid);
    while (!todo.empty()) {
      const auto gid = todo.back();
      todo.pop_back();
      for (const auto part : parts(gid))
        if (part < attr_->num_glyphs && !attr_->glyph_tbl.flgs[part]) {
          attr_->glyph_tbl.flgs[part] = 1;
          todo.push_back(part);
        }
    }
  }

 private:
  // The glyph's data, at most the header and its component records.
  std::vector<HPDF_BYTE> read(HPDF_UINT16 gid) {
    auto at = static_cast<HPDF_UINT32>(attr_->glyph_tbl.offsets[gid]);
    auto end = static_cast<HPDF_UINT32>(attr_->glyph_tbl.offsets[gid + 1]);
    if (attr_->header.index_to_loc_format == 0) at *= 2, end *= 2;
    if (end <= at) return {};  // an empty glyph (a space)
    std::vector<HPDF_BYTE> data(end - at);
    HPDF_UINT size = static_cast<HPDF_UINT>(data.size());
    if (HPDF_Stream_Seek(attr_->stream, static_cast<HPDF_INT>(attr_->glyph_tbl.base_offset + at), HPDF_SEEK_SET) !=
            HPDF_OK ||
        HPDF_Stream_Read(attr_->stream, data.data(), &size) != HPDF_OK)
      return {};
    data.resize(size);
    return data;
  }

  std::vector<HPDF_UINT16> parts(HPDF_UINT16 gid) {
    const auto d = read(gid);
    std::vector<HPDF_UINT16> out;
    auto u16 = [&](std::size_t i) { return static_cast<unsigned>(d[i] << 8 | d[i + 1]); };
    if (d.size() < 10 || (u16(0) & 0x8000) == 0) return out;  // simple glyph: contours >= 0
    std::size_t i = 10;
    for (;;) {
      if (i + 4 > d.size()) break;
      const unsigned flags = u16(i);
      out.push_back(static_cast<HPDF_UINT16>(u16(i + 2)));
      i += 4 + ((flags & kArgsAreWords) ? 4 : 2);
      if (flags & kScale) i += 2;
      else if (flags & kXYScale) i += 4;
      else if (flags & kTwoByTwo) i += 8;
      if (!(flags & kMoreComponents)) break;
    }
    return out;
  }

  HPDF_TTFontDefAttr attr_;
};

}  // namespace

void keep_composite_parts(HPDF_Font font) {
  auto* font_attr = static_cast<HPDF_FontAttr>(font->attr);
  if (!font_attr || !font_attr->fontdef || font_attr->fontdef->type != HPDF_FONTDEF_TYPE_TRUETYPE) return;
  auto* attr = static_cast<HPDF_TTFontDefAttr>(font_attr->fontdef->attr);
  if (!attr || !attr->embedding || !attr->stream || !attr->glyph_tbl.flgs) return;
  Marker(attr).run();
}

}  // namespace mdexport::pdf
