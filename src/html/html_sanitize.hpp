#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "doc/document.hpp"

namespace mdexport {

// What the place sanitized HTML goes into may contain.
enum class HtmlContext {
  Flow,      // blocks and text: body, div, li, blockquote, td
  Phrasing,  // text-level content only: p, headings, Markdown table cells
};

// An image met in the HTML, for the owner of the tree to place.
struct HtmlImage {
  std::string src;
  std::string alt;
  std::string title;
  std::string width, height;  // whole pixels, or ""
  std::string style;          // CSS made from presentational attributes, or ""
  doc::SourcePos pos;
};

// The decisions the sanitizer leaves to the writer that owns the tree.
class HtmlHooks {
 public:
  virtual ~HtmlHooks() = default;
  // Gives a new <a> its href, or none when href cannot be followed in the
  // output. href never has a javascript:, vbscript:, data: or file: scheme.
  virtual void link(pugi::xml_node a, const std::string& href, doc::SourcePos pos) = 0;
  // Appends what stands for image to parent: an <img>, a link, or alt text.
  // in_link: parent is inside an <a>, so no further link may be made.
  virtual void image(pugi::xml_node parent, const HtmlImage& image, bool in_link) = 0;
  // The id an element gets for the id (or <a name>) written in the HTML;
  // "" to give it none.
  virtual std::string id(const std::string& raw) = 0;
  // Appends a reference to footnote number (1-based) to parent.
  virtual void footnote_ref(pugi::xml_node parent, int number) = 0;
};

// Elements and attributes the Markdown inline renderer writes into HTML for
// the sanitizer to hand back to the hooks: a footnote reference
// <mdexport-noteref n="3"></mdexport-noteref>, and the source position
// data-mdexport-pos="line:col" of a Markdown link or image.
inline constexpr const char* kNoteRefElement = "mdexport-noteref";
inline constexpr const char* kPosAttribute = "data-mdexport-pos";

// Parses html leniently with libxml2's HTML parser, as a browser would, and
// appends it to parent as well-formed XHTML that EPUB validators accept:
// - script, style, iframe, object, embed, forms, svg, math, audio, video
//   and comments are removed with their content; unknown elements are
//   replaced by their content;
// - only known attributes are kept (no on* handlers, no style); obsolete
//   presentational attributes (align, valign, bgcolor, width in %...) are
//   mapped to a CSS style attribute or dropped; <center>, <font>, <tt>,
//   <strike> become div, span, code, s;
// - raw headings without an id get GitHub's slug of their text as one;
// - content models hold: nothing block-level inside a paragraph or link, no
//   link inside a link, only li in lists, table parts in table order.
// pos is where the HTML starts in the input, for the hooks' warnings.
void append_sanitized_html(std::string_view html, HtmlContext context, bool in_link, doc::SourcePos pos,
                           HtmlHooks& hooks, pugi::xml_node parent);

}  // namespace mdexport
