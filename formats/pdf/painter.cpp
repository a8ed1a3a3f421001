#include "formats/pdf/painter.hpp"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <string_view>

#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "formats/pdf/flate_stream.hpp"
#include "formats/pdf/outline.hpp"
#include "formats/pdf/pdf_image.hpp"
#include "image/decode.hpp"
#include "util/read_file.hpp"

namespace mdexport::pdf {
namespace {

class PagePainter {
 public:
  PagePainter(HpdfDoc& doc, const PdfFonts& fonts, double height, Diagnostics& diag)
      : doc_(doc), fonts_(fonts), height_(height), diag_(diag) {}

  void paint(HPDF_Page page, const Page& content) {
    page_ = page;
    ops_.clear();
    in_text_ = false;
    font_ = nullptr;
    size_ = 0;
    fill_ = stroke_ = kNoColour;
    line_width_ = -1;
    fills(content.boxes);
    for (const auto& b : content.boxes) {
      if (b.kind == BoxKind::Text) {
        text(b);
        continue;
      }
      if (b.kind == BoxKind::Fill) continue;
      end_text();
      switch (b.kind) {
        case BoxKind::Line:
          stroke_style(b.color, b.line_width);
          if (b.dotted) ops_ += "[1 3] 0 d\n";  // 1 pt on, 3 pt off
          append_number(x(b.x), 3);
          append_number(y(b.y), 3);
          ops_ += " m";
          append_number(x(b.x + b.w), 3);
          append_number(y(b.y + b.h), 3);
          ops_ += " l S\n";
          if (b.dotted) ops_ += "[] 0 d\n";
          break;
        case BoxKind::Frame: frame(b, b.color, b.line_width); break;
        case BoxKind::Image: image(b); break;
        default: break;  // links and anchors are not drawn
      }
    }
    end_text();
    doc_.check("cannot draw a page");
    if (!deflate_page_contents(page_, ops_)) {
      doc_.check("cannot compress a page");
      throw Error("error: cannot compress a page");
    }
  }

 private:
  static constexpr std::uint32_t kNoColour = 0xFFFFFFFF;  // colours are 0xRRGGBB

  double x(double v) const { return v; }
  double y(double v) const { return height_ - v; }

  // Fills are backgrounds (code lines, inline code, table headers, quote
  // bars), so they are all drawn first, each run of them stacked edge to edge
  // in one colour as one rectangle. The text then needs one colour change
  // per code block rather than two per line, and no seam shows between a
  // code block's lines.
  void fills(const std::vector<Box>& boxes) {
    const Box* run = nullptr;
    double bottom = 0;
    for (const auto& b : boxes) {
      if (b.kind != BoxKind::Fill) continue;
      if (run && b.color == run->color && b.x == run->x && b.w == run->w && std::fabs(b.y - bottom) < 0.01) {
        bottom = b.y + b.h;
        continue;
      }
      if (run) fill(*run, bottom);
      run = &b;
      bottom = b.y + b.h;
    }
    if (run) fill(*run, bottom);
  }

  void fill(const Box& b, double bottom) {
    set_fill(b.color);
    append_number(x(b.x), 3);
    append_number(y(bottom), 3);
    append_number(b.w, 3);
    append_number(bottom - b.y, 3);
    ops_ += " re f\n";
  }

  void set_fill(std::uint32_t color) {
    if (color == fill_) return;
    close_array();
    append_colour(color);
    ops_ += " rg\n";
    fill_ = color;
  }

  void stroke_style(std::uint32_t color, double width) {
    if (color != stroke_) {
      append_colour(color);
      ops_ += " RG\n";
      stroke_ = color;
    }
    if (width != line_width_) {
      append_number(width, 3);
      ops_ += " w\n";
      line_width_ = width;
    }
  }

  void append_colour(std::uint32_t color) {
    for (const int shift : {16, 8, 0}) append_number(((color >> shift) & 0xFF) / 255.0, 3);
  }

  void frame(const Box& b, std::uint32_t color, double width) {
    stroke_style(color, width);
    append_number(x(b.x), 3);
    append_number(y(b.y + b.h), 3);
    append_number(b.w, 3);
    append_number(b.h, 3);
    ops_ += " re S\n";
  }

  void text(const Box& b) {
    for_each_piece(b, [&](double x, std::string_view t) { text(b, x, t); });
  }

  // A piece t of b's text, at x.
  void text(const Box& b, double x, std::string_view t) {
    if (t.empty()) return;
    if (!in_text_) {
      ops_ += "BT\n";
      in_text_ = true;
      line_x_ = line_y_ = 0;  // BT resets the text matrix
    }
    set_fill(b.color);
    // The text is cut where the font that has the glyphs changes.
    double at = x;
    EmbeddedFont* current = nullptr;
    double width = 0;  // of the glyphs in codes_, in thousandths of an em
    codes_.clear();
    for (std::size_t i = 0; i < t.size();) {
      const char32_t cp = next_code_point(t, i);
      EmbeddedFont* f = fonts_.font_for(b.face, cp);
      if (!f) continue;
      if (f != current && !codes_.empty()) {
        show(*current, b.size, at, b.y, width);
        at += width * b.size / 1000;
        width = 0;
      }
      current = f;
      f->encode(cp, codes_);
      width += fonts_.advance(b.face, cp);
    }
    if (current) show(*current, b.size, at, b.y, width);
  }

  // The text operators for codes_. Pieces on one baseline in one font
  // share a TJ array, the gap between them a displacement, and a new line
  // starts with a Td from the last. With two bytes a glyph rather than four
  // hex digits, a book's page contents are 63% of the bytes of a Tm and a
  // hex Tj per word, and take 55% of the time to deflate.
  void show(EmbeddedFont& font, double size, double left, double baseline, double width) {
    const double dy = rounded(y(baseline) - line_y_, 3);
    if (&font != font_ || size != size_ || dy != 0) {
      close_array();
      if (&font != font_ || size != size_) {
        const char* name = HPDF_Page_GetLocalFontName(page_, font.dict());
        if (!name) {
          doc_.check("cannot add a font to a page");
          throw Error("error: cannot add a font to a page");
        }
        ops_ += '/';
        ops_ += name;
        append_number(size, 3);
        ops_ += " Tf\n";
        font_ = &font;
        size_ = size;
      }
    }
    if (!in_array_) {
      // Numbers are written rounded, and the line start kept as a viewer
      // reads it, so rounding never adds up along a page.
      const double dx = rounded(x(left) - line_x_, 3);
      append_number(dx, 3);
      append_number(dy, 3);
      ops_ += " Td\n[";
      line_x_ += dx;
      line_y_ += dy;
      pen_ = line_x_;
      in_array_ = true;
    } else {
      // In thousandths of the font size, subtracted from the pen position.
      const double gap = rounded((pen_ - x(left)) * 1000 / size, 0);
      if (gap != 0) append_number(gap, 0);
      pen_ -= gap * size / 1000;
    }
    ops_ += '(';
    ops_ += codes_;
    ops_ += ')';
    codes_.clear();
    pen_ += width * size / 1000;
  }

  void close_array() {
    if (!in_array_) return;
    in_array_ = false;
    ops_ += "] TJ\n";
  }

  void end_text() {
    if (!in_text_) return;
    close_array();
    ops_ += "ET\n";
    in_text_ = false;
  }

  static double rounded(double v, int decimals) {
    const double scale = decimals == 0 ? 1 : 1000;
    return std::round(v * scale) / scale + 0.0;  // never -0
  }

  // v rounded to decimals (0 or 3) in the fewest characters: "12.5", not
  // "12.500". By hand, from the rounded integer: to_chars of a double with
  // a precision was 4% of a PDF's time. Locale-independent, as PDF wants.
  void append_number(double v, int decimals) {
    const long long scale = decimals == 0 ? 1 : 1000;
    const long long scaled = std::llround(v * static_cast<double>(scale));
    char buf[32];
    char* p = buf;
    *p++ = ' ';
    if (scaled < 0) *p++ = '-';
    const unsigned long long u = scaled < 0 ? 0ULL - static_cast<unsigned long long>(scaled) : static_cast<unsigned long long>(scaled);
    p = std::to_chars(p, buf + sizeof buf, u / static_cast<unsigned long long>(scale)).ptr;
    auto frac = static_cast<unsigned>(u % static_cast<unsigned long long>(scale));
    if (frac != 0) {
      *p++ = '.';
      for (unsigned digit = 100; frac != 0; digit /= 10) {
        *p++ = static_cast<char>('0' + frac / digit);
        frac %= digit;
      }
    }
    ops_.append(buf, p);
  }

  // Decodes b's picture (once per file: images_ keeps it) and adds it to
  // the document. Throws Error at b's position when it cannot be decoded.
  HPDF_Image load(const Box& b) {
    const doc::SourcePos pos{b.line, b.column};
    const std::string& name = b.source.empty() ? b.text : b.source;
    image::Image decoded;
    try {
      std::error_code ec;
      if (const auto size = std::filesystem::file_size(b.text, ec); !ec && size > image::kMaxBytes)
        throw image::DecodeError("file too large (" + std::to_string(size >> 20) + " MB)");
      decoded = image::decode(read_file(b.text, "image "));
    } catch (const image::DecodeError& e) {
      throw diag_.error(pos, "cannot decode image " + name + ": " + e.what());
    } catch (const Error& e) {
      throw diag_.error(pos, std::string(e.what()).substr(std::string_view(e.what()).starts_with("error: ") ? 7 : 0));
    }
    return embed_image(doc_, decoded);
  }

  void image(const Box& b) {
    auto found = images_.find(b.text);
    if (found == images_.end()) {
      HPDF_Image img = load(b);
      if (!img || doc_.failed()) {
        doc_.reset();
        img = nullptr;
        diag_.warn({}, "cannot read image " + b.text + "; drawing an empty frame");
      }
      found = images_.emplace(b.text, img).first;
    }
    if (!found->second) return frame(b, 0x999999, 0.5);
    const char* name = HPDF_Page_GetXObjectName(page_, found->second);
    if (!name) {
      doc_.check("cannot add an image to a page");
      throw Error("error: cannot add an image to a page");
    }
    // The unit square scaled onto the box, as HPDF_Page_DrawImage does.
    ops_ += "q";
    append_number(b.w, 3);
    ops_ += " 0 0";
    append_number(b.h, 3);
    append_number(x(b.x), 3);
    append_number(y(b.y + b.h), 3);
    ops_ += " cm /";
    ops_ += name;
    ops_ += " Do Q\n";
  }

  HpdfDoc& doc_;
  const PdfFonts& fonts_;
  double height_;
  Diagnostics& diag_;
  HPDF_Page page_ = nullptr;
  bool in_text_ = false;
  const EmbeddedFont* font_ = nullptr;  // the font and size set in the text object
  double size_ = 0;
  double line_x_ = 0, line_y_ = 0;  // where the text line matrix starts
  double pen_ = 0;                  // where the next glyph goes on that line
  bool in_array_ = false;           // a TJ array is open
  std::uint32_t fill_ = kNoColour, stroke_ = kNoColour;
  double line_width_ = -1;
  std::map<std::string, HPDF_Image> images_;  // each file embedded once
  std::string codes_;  // glyph codes of the text piece being cut, as a literal string
  // The page's operators, all written by us: libharu's own text calls
  // accept only fonts libharu embedded, and its stream takes them in 4 KB
  // pieces to be read back for deflating.
  std::string ops_;
};

// An action opening uri as one object, which every link area to uri
// refers to: a link that spans lines writes its URL (up to kMaxLinkBytes)
// once, not once a line.
HPDF_Dict uri_action(HPDF_Doc pdf, const std::string& uri) {
  HPDF_Dict action = HPDF_Dict_New(pdf->mmgr);
  if (!action || HPDF_Xref_Add(pdf->xref, action) != HPDF_OK) return nullptr;
  HPDF_Dict_AddName(action, "Type", "Action");
  HPDF_Dict_AddName(action, "S", "URI");
  HPDF_Dict_Add(action, "URI", HPDF_String_New(pdf->mmgr, uri.c_str(), nullptr));
  return action;
}

// links[p] holds page p's Link boxes.
void add_links(HpdfDoc& doc, const std::vector<HPDF_Page>& pages, const std::vector<std::vector<Box>>& links,
               double height, const std::map<std::string, Target>& targets) {
  std::map<std::string_view, std::size_t> areas;  // of each URL
  for (const auto& page : links)
    for (const auto& b : page)
      if (!b.text.empty() && b.text[0] != '#') ++areas[b.text];
  std::map<std::string_view, HPDF_Dict> shared;  // the action of each URL with more than one area
  for (std::size_t p = 0; p < links.size(); ++p)
    for (const auto& b : links[p]) {
      if (b.text.empty()) continue;
      doc.amortize_growth();
      const HPDF_Rect rect{static_cast<HPDF_REAL>(b.x), static_cast<HPDF_REAL>(height - b.y - b.h),
                           static_cast<HPDF_REAL>(b.x + b.w), static_cast<HPDF_REAL>(height - b.y)};
      HPDF_Annotation annot = nullptr;
      if (b.text[0] == '#') {
        const auto t = targets.find(b.text.substr(1));
        if (t == targets.end()) continue;  // a link to no heading stays plain text
        annot = HPDF_Page_CreateLinkAnnot(pages[p], rect, make_destination(pages[t->second.page], t->second.top));
      } else {
        annot = HPDF_Page_CreateURILinkAnnot(pages[p], rect, b.text.c_str());
        if (annot && areas[b.text] > 1) {
          auto& action = shared[b.text];
          if (!action) action = uri_action(doc.get(), b.text);
          if (action) {
            HPDF_Dict_RemoveElement(annot, "A");
            HPDF_Dict_Add(annot, "A", action);
          }
        }
      }
      if (annot) HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
      doc.check("cannot add a link to " + b.text);
    }
}

}  // namespace

void paint(HpdfDoc& doc, const PdfFonts& fonts, std::vector<Page> pages, const PageGeometry& geometry,
           Diagnostics& diag) {
  std::vector<HPDF_Page> handles;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    doc.amortize_growth();
    HPDF_Page page = HPDF_AddPage(doc.get());
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(geometry.width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(geometry.height));
    handles.push_back(page);
  }
  doc.check("cannot add pages");
  PagePainter painter(doc, fonts, geometry.height, diag);
  std::vector<Target> order;
  std::map<std::string, Target> targets;
  std::vector<std::vector<Box>> links(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    doc.amortize_growth();
    painter.paint(handles[i], pages[i]);
    for (auto& b : pages[i].boxes)
      if (b.kind == BoxKind::Anchor) {
        // A little room above the target, so the heading is not cut off.
        const double top = std::min(geometry.height, geometry.height - b.y + 6);
        Target t{b.text, b.title, b.level, i, top};
        targets.emplace(b.text, t);
        order.push_back(std::move(t));
      } else if (b.kind == BoxKind::Link) {
        links[i].push_back(std::move(b));
      }
    pages[i].boxes = std::vector<Box>();  // a book's boxes are tens of MB; libharu holds the page now
  }
  add_links(doc, handles, links, geometry.height, targets);
  add_outline(doc, handles, order, diag);
}

}  // namespace mdexport::pdf
