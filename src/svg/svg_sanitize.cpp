#include "svg/svg_sanitize.hpp"

#include <algorithm>
#include <pugixml.hpp>
#include <set>
#include <utility>
#include <vector>

#include "html/xml_names.hpp"
#include "text/utf8.hpp"

namespace mdexport {
namespace {

constexpr int kMaxDepth = 128;

// The SVG 1.1 elements kept (feImage, image, script, foreignObject,
// cursor, font and the like are not).
const std::set<std::string_view>& kept_elements() {
  static const std::set<std::string_view> names = {
      "a", "animate", "animateColor", "animateMotion", "animateTransform", "circle", "clipPath", "defs", "desc",
      "ellipse", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
      "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feFlood", "feFuncA", "feFuncB", "feFuncG",
      "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
      "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "filter", "g", "line", "linearGradient",
      "marker", "mask", "mpath", "path", "pattern", "polygon", "polyline", "radialGradient", "rect", "set", "stop",
      "style", "svg", "switch", "symbol", "text", "textPath", "title", "tspan", "use"};
  return names;
}

// Elements whose text children are content (an a's depend on where it is).
bool holds_text(std::string_view name) {
  return name == "text" || name == "tspan" || name == "textPath" || name == "title" || name == "desc" ||
         name == "style";
}

// Elements whose removal is worth a warning: they run code or fetch.
constexpr std::string_view kHostileElements[] = {"script",  "foreignObject", "image",  "feImage",       "iframe",
                                                 "handler", "listener",      "cursor", "color-profile", "tref"};

// Attributes without a namespace that are kept (href is handled apart).
const std::set<std::string_view>& kept_attributes() {
  static const std::set<std::string_view> names = {
      // core and geometry
      "id", "class", "style", "transform", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy",
      "width", "height", "d", "points", "pathLength", "viewBox", "preserveAspectRatio", "dx", "dy", "rotate",
      "textLength", "lengthAdjust", "startOffset", "method", "spacing", "offset",
      // paint servers, clipping, masking, markers
      "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits", "patternTransform",
      "clipPathUnits", "maskUnits", "maskContentUnits", "markerUnits", "markerWidth", "markerHeight", "refX", "refY",
      "orient",
      // filters
      "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "operator", "k1", "k2", "k3",
      "k4", "type", "values", "tableValues", "slope", "intercept", "amplitude", "exponent", "kernelMatrix", "order",
      "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength", "preserveAlpha", "surfaceScale",
      "diffuseConstant", "specularConstant", "specularExponent", "scale", "xChannelSelector", "yChannelSelector",
      "azimuth", "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle", "radius",
      "baseFrequency", "numOctaves", "seed", "stitchTiles", "filterRes",
      // animation
      "attributeName", "attributeType", "begin", "dur", "end", "min", "max", "restart", "repeatCount", "repeatDur",
      "calcMode", "keyTimes", "keySplines", "from", "to", "by", "additive", "accumulate", "path", "keyPoints",
      // presentation
      "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
      "color-interpolation-filters", "color-rendering", "direction", "display", "dominant-baseline", "fill",
      "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font", "font-family", "font-size",
      "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "glyph-orientation-horizontal",
      "glyph-orientation-vertical", "image-rendering", "kerning", "letter-spacing", "lighting-color", "marker",
      "marker-end", "marker-mid", "marker-start", "mask", "opacity", "overflow", "pointer-events", "shape-rendering",
      "stop-color", "stop-opacity", "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap",
      "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width", "text-anchor", "text-decoration",
      "text-rendering", "unicode-bidi", "visibility", "word-spacing", "writing-mode",
  };
  return names;
}

bool is_hostile_element(std::string_view name) {
  return std::find(std::begin(kHostileElements), std::end(kHostileElements), name) != std::end(kHostileElements);
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// s lower-cased without ASCII whitespace and controls, as a browser's URL
// and CSS tokenisers skip some of them ("java\tscript:").
std::string squeezed(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (static_cast<unsigned char>(c) > 0x20) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

// "#name", a same-document reference by id (spaces around it allowed).
bool is_fragment(std::string_view href) {
  const auto first = href.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  href = href.substr(first, href.find_last_not_of(" \t\r\n") + 1 - first);
  return href.size() >= 2 && href[0] == '#' && std::all_of(href.begin() + 1, href.end(), name_char);
}

// True when a value refers to nothing outside the document: every url(...)
// holds "#name", and no script scheme appears.
bool is_local_value(std::string_view value) {
  const auto s = squeezed(value);
  if (s.find("javascript:") != std::string::npos || s.find("vbscript:") != std::string::npos) return false;
  for (auto at = s.find("url("); at != std::string::npos; at = s.find("url(", at + 4)) {
    auto rest = std::string_view(s).substr(at + 4);
    if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) rest.remove_prefix(1);
    if (rest.empty() || rest[0] != '#') return false;
  }
  return true;
}

// CSS that can fetch nothing: besides is_local_value, no @import, no other
// fetching function and no backslash escape (which could spell "url").
bool is_local_css(std::string_view css) {
  if (!is_local_value(css)) return false;
  const auto s = squeezed(css);
  if (s.find('\\') != std::string::npos) return false;
  for (std::string_view bad :
       {"@import", "image-set(", "image(", "src(", "element(", "expression(", "behavior", "binding"})
    if (s.find(bad) != std::string::npos) return false;
  return true;
}

bool is_id(std::string_view id) {
  if (id.empty() || !name_char(id[0]) || id[0] == '-' || id[0] == '.' || (id[0] >= '0' && id[0] <= '9')) return false;
  return std::all_of(id.begin(), id.end(), name_char);
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) return false;
    char32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      const char c = s[i + static_cast<std::size_t>(k)];
      if (!is_utf8_continuation(c)) return false;
      cp = (cp << 6) | (static_cast<unsigned char>(c) & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

// Namespace declarations in scope: prefix ("" for the default) -> URI.
using Scope = std::vector<std::pair<std::string, std::string>>;

std::string_view lookup(const Scope& scope, std::string_view prefix) {
  if (prefix == "xml") return "http://www.w3.org/XML/1998/namespace";
  for (auto it = scope.rbegin(); it != scope.rend(); ++it)
    if (it->first == prefix) return it->second;
  return "";
}

// Adds the namespace declarations (xmlns, xmlns:prefix) of in to scope.
void declare(pugi::xml_node in, Scope& scope) {
  for (auto a : in.attributes()) {
    const std::string_view name = a.name();
    if (name == "xmlns")
      scope.emplace_back("", a.value());
    else if (name.starts_with("xmlns:"))
      scope.emplace_back(std::string(name.substr(6)), a.value());
  }
}

// The namespace and local name of a qualified name; a prefixed name without
// a namespace is in the namespace "?", so that it matches nothing.
std::pair<std::string_view, std::string_view> resolve(const Scope& scope, std::string_view qname, bool attribute) {
  const auto colon = qname.find(':');
  if (colon == std::string_view::npos) return {attribute ? "" : lookup(scope, ""), qname};
  const auto uri = lookup(scope, qname.substr(0, colon));
  return {uri.empty() ? std::string_view("?") : uri, qname.substr(colon + 1)};
}

class Sanitizer {
 public:
  // REQUIRES: in is an svg element in the SVG namespace under scope.
  void run(pugi::xml_node in, Scope scope, pugi::xml_node out_parent) {
    element(in, "svg", scope, out_parent, false, 0);
  }

  int removed = 0;
  bool invalid_text = false;
  bool repeated_attribute = false;  // pugixml does not check this part of well-formedness
  bool uses_xlink = false;

 private:
  std::string text(std::string_view s) {
    if (!valid_utf8(s)) invalid_text = true;
    return xml_text(s);
  }

  void children(pugi::xml_node in, const Scope& scope, pugi::xml_node out, bool text_content, int depth) {
    for (auto child : in.children()) {
      switch (child.type()) {
        case pugi::node_pcdata:
        case pugi::node_cdata: {
          const std::string_view value = child.value();
          if (!text_content) break;
          // Only text XML allows; nothing when none is left, as a reparse would drop an empty node.
          if (const auto kept = text(value); !kept.empty()) out.append_child(pugi::node_pcdata).set_value(kept.c_str());
          break;
        }
        case pugi::node_element: {
          Scope inner = scope;
          declare(child, inner);
          const auto [ns, local] = resolve(inner, child.name(), false);
          const auto kept = ns == kSvgNamespace ? kept_elements().find(local) : kept_elements().end();
          if (kept == kept_elements().end()) {
            if (ns == kSvgNamespace && is_hostile_element(local)) ++removed;
            break;
          }
          if (depth >= kMaxDepth) {
            ++removed;
            break;
          }
          element(child, *kept, inner, out, text_content, depth + 1);
          break;
        }
        default:
          break;  // comments, processing instructions, the DOCTYPE
      }
    }
  }

  void element(pugi::xml_node in, std::string_view name, const Scope& scope, pugi::xml_node parent, bool in_text,
               int depth) {
    std::set<std::string_view> names;
    for (auto a : in.attributes())
      if (!names.insert(a.name()).second) repeated_attribute = true;
    const bool animation = name == "set" || name.starts_with("animate");
    if (animation) {
      const auto target = squeezed(in.attribute("attributeName").value());
      const auto colon = target.find(':');
      const auto local =
          colon == std::string::npos ? std::string_view(target) : std::string_view(target).substr(colon + 1);
      if (local == "href" || local.starts_with("on")) {
        ++removed;
        return;
      }
    }
    const bool link = name == "a";
    const bool text_content = link ? in_text : holds_text(name);
    std::string href;
    bool bad_href = false;
    for (auto a : in.attributes()) {
      const auto [ns, local] = resolve(scope, a.name(), true);
      if ((ns == "" || ns == kXlinkNamespace) && local == "href") {
        if (is_fragment(a.value()))
          href = a.value();
        else
          bad_href = true;
      }
    }
    if (bad_href) ++removed;
    if (name == "use" && href.empty()) return;
    if (name == "style") {
      std::string all;
      for (auto c : in.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) all += c.value();
      if (!is_local_css(all)) {
        ++removed;
        return;
      }
    }
    // A link leaves the image: an a keeps its content as a g (tspan in text).
    auto out = parent.append_child(std::string(link ? (in_text ? "tspan" : "g") : name).c_str());
    if (link) href.clear();
    std::set<std::string, std::less<>> written;
    for (auto a : in.attributes()) {
      const auto [ns, local] = resolve(scope, a.name(), true);
      std::string out_name;
      if (ns == "" && kept_attributes().contains(local))
        out_name = local;
      else if (ns == "http://www.w3.org/XML/1998/namespace" && (local == "space" || local == "lang"))
        out_name = "xml:" + std::string(local);
      else {
        if (ns == "" && lower(local).starts_with("on")) ++removed;
        continue;
      }
      const std::string_view value = a.value();
      if (out_name == "id" && (!is_id(value) || !ids_.insert(std::string(value)).second)) continue;
      if (!(out_name == "style" ? is_local_css(value) : is_local_value(value))) {
        ++removed;
        continue;
      }
      if (!written.insert(out_name).second) continue;
      out.append_attribute(out_name.c_str()) = text(value).c_str();
    }
    if (!href.empty()) {
      out.append_attribute("xlink:href") = href.c_str();
      uses_xlink = true;
    }
    children(in, scope, out, text_content, depth);
  }

  std::set<std::string, std::less<>> ids_;
};

}  // namespace

std::optional<SanitizedSvg> sanitize_svg(std::string_view bytes, std::string& why) {
  pugi::xml_document in;
  const unsigned options =
      pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol | pugi::parse_ws_pcdata | pugi::parse_doctype;
  const auto parsed = in.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_auto);
  if (!parsed) {
    why =
        "not well-formed XML (" + std::string(parsed.description()) + " at byte " + std::to_string(parsed.offset) + ")";
    return std::nullopt;
  }
  pugi::xml_node root;
  int internal_subset = 0;
  for (auto n : in.children()) {
    if (n.type() == pugi::node_doctype && std::string_view(n.value()).find('[') != std::string_view::npos)
      internal_subset = 1;
    if (n.type() != pugi::node_element) continue;
    if (root) {
      why = "not well-formed XML (more than one document element)";
      return std::nullopt;
    }
    root = n;
  }
  Scope scope;
  if (root) declare(root, scope);
  if (!root ||
      resolve(scope, root.name(), false) != std::pair<std::string_view, std::string_view>(kSvgNamespace, "svg")) {
    why = "its document element is not svg in the SVG namespace";
    return std::nullopt;
  }
  pugi::xml_document out;
  auto decl = out.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  Sanitizer sanitizer;
  sanitizer.run(root, scope, out);
  if (sanitizer.repeated_attribute) {
    why = "not well-formed XML (an element repeats an attribute)";
    return std::nullopt;
  }
  if (sanitizer.invalid_text) {
    why = "not valid UTF-8";
    return std::nullopt;
  }
  auto svg = out.document_element();
  svg.prepend_attribute("xmlns") = std::string(kSvgNamespace).c_str();
  if (sanitizer.uses_xlink)
    svg.insert_attribute_after("xmlns:xlink", svg.attribute("xmlns")) = std::string(kXlinkNamespace).c_str();
  struct Writer : pugi::xml_writer {
    std::string s;
    void write(const void* data, std::size_t size) override { s.append(static_cast<const char*>(data), size); }
  } writer;
  out.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
  writer.s += '\n';
  return SanitizedSvg{std::move(writer.s), sanitizer.removed + internal_subset};
}

}  // namespace mdexport
