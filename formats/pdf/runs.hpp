#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "doc/document.hpp"

namespace mdexport::pdf {

// How a stretch of text looks.
struct RunStyle {
  int face = 0;              // see face_of()
  double size = 10;          // points
  std::uint32_t color = 0;   // 0xRRGGBB
  bool code = false;         // inline code: drawn on a light background
  bool strike = false;       // struck through
  bool framed = false;       // alt text standing in for an image: framed
  bool superscript = false;  // footnote reference or <sup>: raised
  bool subscript = false;    // <sub>: lowered
  std::string link;          // URL, "#id" inside the document, or empty
};

// One styled stretch of a paragraph: the first stage of the layout.
struct Run {
  std::string text;                    // drawable UTF-8, no line breaks; empty for breaks
  RunStyle style;
  bool line_break = false;             // a hard line break
  int footnote = 0;                    // the footnote number this run cites, or 0
  const doc::Inline* image = nullptr;  // a local image shown as a block of its own here
};

// Says whether an image inline is shown as a picture (true) or falls back to
// its framed alt text (false; the filter is where the warning is given).
using ImageFilter = std::function<bool(const doc::Inline&)>;

// Links whose URL is longer than this are set as plain text: every line a
// link spans repeats its URL (in the layout and in the PDF's link
// annotations), and libharu cannot write a string of more than 64 KB.
// RFC 9110 asks that URLs of 8,000 bytes be supported.
constexpr std::size_t kMaxLinkBytes = 8000;

// Colours shared by every stage that styles text.
constexpr std::uint32_t kLinkColor = 0x1A5FB4;
constexpr std::uint32_t kCodeBackground = 0xEEEEEE;

// Flattens inlines into runs: emphasis and strong pick the italic and bold
// faces, code the mono family, links a colour and a target; soft breaks become
// spaces; raw HTML tags make nothing (layout_document folded them into
// inlines first: fold_inline_html). base is the paragraph's
// style (its face's family is kept except for code). Links to URLs longer
// than kMaxLinkBytes are plain text. Arabic letters are in
// their joined forms (shape_arabic).
std::vector<Run> collect_runs(const doc::Inlines& inlines, const RunStyle& base, const ImageFilter& show_image);

}  // namespace mdexport::pdf
