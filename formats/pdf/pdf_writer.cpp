#include "formats/pdf/pdf_writer.hpp"

#include <cctype>
#include <cstdlib>
#include <string>

#include "formats/pdf/doc_info.hpp"
#include "formats/pdf/hyphenator.hpp"
#include "formats/pdf/layout.hpp"
#include "formats/pdf/painter.hpp"
#include "formats/pdf/pdf_fonts.hpp"

namespace mdexport {
namespace {

using namespace pdf;

PageGeometry geometry(const WriteOptions& opts) {
  PageGeometry g;
  if (opts.pdf_paper == "a4") g.width = 595.276, g.height = 841.89;
  else if (opts.pdf_paper == "letter") g.width = 612, g.height = 792;
  else if (opts.pdf_paper == "a5") g.width = 419.528, g.height = 595.276;
  else throw Error("error: unknown paper size '" + opts.pdf_paper + "' (a4, letter or a5)");
  g.margin = opts.pdf_margin;
  // At least two inches of text must remain across and down the page.
  if (g.margin < 0 || g.text_width() < 144 || g.text_height() < 144)
    throw Error("error: a margin of " + std::to_string(static_cast<int>(g.margin)) + " pt leaves no room on " +
                opts.pdf_paper + " paper");
  return g;
}

void save(HpdfDoc& doc, Sink& out) {
  HPDF_SaveToStream(doc.get());
  doc.check("cannot write the PDF");
  HPDF_ResetStream(doc.get());
  std::string buffer(64 * 1024, '\0');
  for (;;) {
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(buffer.size());
    const HPDF_STATUS status = HPDF_ReadFromStream(doc.get(), reinterpret_cast<HPDF_BYTE*>(buffer.data()), &size);
    if (size > 0) out.write(buffer.data(), size);
    if (status == HPDF_STREAM_EOF) break;
    if (status != HPDF_OK) {
      doc.check("cannot read back the PDF");
      throw Error("error: cannot read back the PDF");
    }
  }
  doc.reset();  // reaching the end of the stream is reported as an error
}

// Whether some paragraph has a word long enough to be hyphenated: only
// then is loading the dictionary worth a thread. A short note without one
// would wait at exit for a load it never used (10 -> 18 ms for "# hi").
bool has_hyphenatable_word(const std::vector<doc::Block>& blocks) {
  for (const auto& b : blocks) {
    if (b.kind == doc::BlockKind::Paragraph) {
      std::size_t run = 0;
      for (const char c : doc::plain_text(b.inlines)) {
        const auto u = static_cast<unsigned char>(c);
        run = std::isalpha(u) || u >= 0x80 ? run + 1 : 0;
        if (run >= Hyphenator::kShortestWord) return true;
      }
    }
    if (has_hyphenatable_word(b.children)) return true;
  }
  return false;
}

class PdfWriter : public Writer {
 public:
  void write(const doc::Document& d, const WriteOptions& opts, Diagnostics& diag, Sink& out) const override {
    LayoutOptions layout;
    layout.page = geometry(opts);
    layout.font_size = opts.pdf_font_size;
    layout.toc = opts.pdf_toc;
    layout.ragged = opts.pdf_ragged;
    layout.resource_dir = opts.resource_dir;
    layout.resource_paths = opts.resource_paths;
    if (has_hyphenatable_word(d.blocks)) Hyphenator::preload(d.meta.lang);
    const auto files = FontFiles({opts.pdf_body_font, opts.pdf_heading_font, opts.pdf_mono_font});

    HpdfDoc doc;
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
    doc.check("cannot set up the PDF document");
    PdfFonts fonts(doc, files);

    paint(doc, fonts, layout_document(d, layout, fonts, diag), layout.page, diag);
    fonts.finish();
    for (const auto& file : fonts.loaded_files()) diag.depend(file);
    set_doc_info(doc, d.meta, document_time(std::getenv("SOURCE_DATE_EPOCH")));
    save(doc, out);
  }
};

}  // namespace

std::unique_ptr<Writer> make_pdf_writer() { return std::make_unique<PdfWriter>(); }

}  // namespace mdexport
