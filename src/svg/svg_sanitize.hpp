#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mdexport {

inline constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";
inline constexpr std::string_view kXlinkNamespace = "http://www.w3.org/1999/xlink";

// An SVG image made safe to ship in a book or a web page.
struct SanitizedSvg {
  std::string svg;  // a well-formed SVG 1.1 document in UTF-8, with an XML declaration
  int removed = 0;  // elements, attributes and style rules taken out
};

// Rebuilds an SVG image from an allow-list, as the raw HTML sanitizer does:
// the bytes are parsed as XML by pugixml, which never loads a DTD, fetches
// or expands entities other than XML's own five and character references;
// the document element must be svg in the SVG namespace. Kept: the static
// SVG 1.1 elements (shapes, text, gradients, patterns, clip paths, masks,
// markers, filters but feImage) and animation elements, with their geometry
// and presentation attributes, id, class and xml:space/xml:lang. Dropped,
// with their content: script, foreignObject, image, metadata and every
// element of another namespace; on* handlers; href/xlink:href other than a
// same-document "#name" (a use left without one goes too); an attribute
// with url(...) other than url(#name) or a javascript: value; a style
// attribute or element holding @import, a backslash escape or such a url();
// set/animate* whose attributeName is an href or a handler; the DOCTYPE,
// comments and processing instructions. A link (a) keeps its content as a g,
// or a tspan inside text: an image links nowhere. Nesting deeper than 128 elements is
// dropped. The output uses the SVG namespace unprefixed and xlink:href.
// Returns nullopt, with why set, when the bytes are not well-formed XML in
// UTF-8 (or UTF-16 with a BOM) or their document element is not svg.
std::optional<SanitizedSvg> sanitize_svg(std::string_view bytes, std::string& why);

}  // namespace mdexport
