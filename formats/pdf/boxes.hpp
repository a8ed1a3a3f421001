#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mdexport::pdf {

// What a page holds once laid out: the painter's whole input. Coordinates are
// points from the page's top-left corner, y growing downwards.
enum class BoxKind {
  Text,    // text at (x, baseline y) in face and size
  Fill,    // filled rectangle (x, y, w, h)
  Line,    // stroked line from (x, y) to (x + w, y + h), line_width thick
  Frame,   // stroked rectangle outline
  Image,   // picture file text drawn into (x, y, w, h)
  Link,    // clickable area; text is a URL or "#id"
  Anchor,  // link target text (an id) at y; level > 0: outline entry titled title
};

// Where a piece of a Text box's text starts: from byte at (to the next
// piece's at) it is drawn at x.
struct TextPiece {
  std::size_t at = 0;
  double x = 0;
};

struct Box {
  BoxKind kind = BoxKind::Text;
  double x = 0, y = 0, w = 0, h = 0;
  int face = 0;              // Text
  double size = 0;           // Text
  std::uint32_t color = 0;   // Text, Fill, Line, Frame: 0xRRGGBB
  double line_width = 0;     // Line, Frame
  std::string text;          // Text: UTF-8; Image: file path; Link: target; Anchor: id
  std::string title;         // Anchor: outline title; Image: alt text
  std::string source;        // Image: the URL as the document gives it, for errors
  int line = 0, column = 0;  // Image: where the document gives it (1-based; 0: unknown)
  int level = 0;             // Anchor: heading level, 0 = not in the outline
  bool stretch_up = false;   // grows over the space above its slab (quote bars)
  bool dotted = false;       // Line: a row of dots (contents leaders)
  // Text: the pieces after the first (which is at x) when the words are
  // not where the ones before leave off: a justified line's words, moved
  // apart. One box a line rather than one a word: a 10 MB paragraph's
  // boxes were about 250 MB.
  std::vector<TextPiece> pieces;
};

// Calls f(x, text) for each piece of a Text box, in order.
template <class F>
void for_each_piece(const Box& b, F&& f) {
  const std::string_view text = b.text;
  double x = b.x;
  std::size_t at = 0;
  for (const auto& p : b.pieces) {
    f(x, text.substr(at, p.at - at));
    x = p.x;
    at = p.at;
  }
  f(x, text.substr(at));
}

// An unbreakable horizontal strip of content: a line of text, a code line, a
// table row, an image. The paginator stacks slabs into pages. Box y values
// are relative to the slab's top, x to the text area's left edge.
struct Slab {
  double height = 0;
  double space_before = 0;       // dropped at the top of a page
  bool keep_with_next = false;   // same page as the next slab (headings, table headers)
  bool page_break_before = false;
  int repeat = -1;               // index into Flow::headers repeated above it at a page top
  // A picture may be scaled down to this share of its size (not below) to
  // fit the rest of a page; 1 = never. Its Image and Link boxes scale about
  // their top centre.
  double min_scale = 1;
  std::vector<int> notes;        // footnote numbers cited in this slab
  std::vector<Box> boxes;
};

// The whole document as slabs, before pagination.
struct Flow {
  std::vector<Slab> body;
  std::vector<Slab> headers;               // table header rows
  std::map<int, std::vector<Slab>> notes;  // footnote number -> its slabs
};

struct Page {
  std::vector<Box> boxes;  // absolute page coordinates
};

// Page size and text area, in points.
struct PageGeometry {
  double width = 595.276;   // A4
  double height = 841.89;
  double margin = 56.693;   // 20 mm on every side
  double text_width() const { return width - 2 * margin; }
  double text_height() const { return height - 2 * margin; }
};

// A readable dump of positioned boxes, one per line, numbers rounded to
// 0.1 pt: the golden files of the layout tests.
std::string dump(const std::vector<Page>& pages);

}  // namespace mdexport::pdf
