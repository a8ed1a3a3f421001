#include "formats/xhtml/local_image.hpp"

#include <fstream>
#include <sstream>

#include "image/sniff.hpp"
#include "svg/svg_sanitize.hpp"

namespace mdexport {
namespace {

bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

void skip_space(std::string_view b, std::size_t& i) {
  while (i < b.size() && xml_space(b[i])) ++i;
}

// Moves i past the end marker of what starts at i; false when it never ends.
bool skip_past(std::string_view b, std::size_t& i, std::string_view end) {
  const auto at = b.find(end, i);
  if (at == std::string_view::npos) return false;
  i = at + end.size();
  return true;
}

// Moves i past a DOCTYPE, whose internal subset ("[...]") may hold '>'.
bool skip_doctype(std::string_view b, std::size_t& i) {
  char quote = 0;
  bool subset = false;
  for (; i < b.size(); ++i) {
    const char c = b[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      subset = true;
    } else if (c == ']') {
      subset = false;
    } else if (c == '>' && !subset) {
      ++i;
      return true;
    }
  }
  return false;
}

// True when the document element, after a byte order mark, an XML
// declaration, comments, processing instructions, a DOCTYPE and whitespace,
// is svg (or p:svg) and declares the SVG namespace for its prefix.
bool is_svg_document(std::string_view b) {
  std::size_t i = b.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (;;) {
    skip_space(b, i);
    const auto rest = b.substr(i);
    if (rest.starts_with("<?")) {
      if (!skip_past(b, i, "?>")) return false;
    } else if (rest.starts_with("<!--")) {
      if (!skip_past(b, i, "-->")) return false;
    } else if (rest.starts_with("<!DOCTYPE")) {
      if (!skip_doctype(b, i)) return false;
    } else {
      break;
    }
  }
  if (i >= b.size() || b[i] != '<') return false;
  const auto name_start = ++i;
  while (i < b.size() && !xml_space(b[i]) && b[i] != '/' && b[i] != '>') ++i;
  const auto name = b.substr(name_start, i - name_start);
  const auto colon = name.find(':');
  const auto prefix = colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
  if (name.substr(colon == std::string_view::npos ? 0 : colon + 1) != "svg") return false;
  const std::string wanted = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  for (;;) {
    skip_space(b, i);
    if (i >= b.size() || b[i] == '>' || b[i] == '/') return false;
    const auto attr_start = i;
    while (i < b.size() && !xml_space(b[i]) && b[i] != '=' && b[i] != '>') ++i;
    const auto attr = b.substr(attr_start, i - attr_start);
    skip_space(b, i);
    if (i >= b.size() || b[i] != '=') return false;
    ++i;
    skip_space(b, i);
    if (i >= b.size() || (b[i] != '"' && b[i] != '\'')) return false;
    const char quote = b[i++];
    const auto end = b.find(quote, i);
    if (end == std::string_view::npos) return false;
    if (attr == wanted) return b.substr(i, end - i) == kSvgNamespace;
    i = end + 1;
  }
}

}  // namespace

std::string_view sniff_image_type(std::string_view b) {
  switch (image::sniff(b)) {
    case image::Format::Png: return "image/png";
    case image::Format::Jpeg: return "image/jpeg";
    case image::Format::Gif: return "image/gif";
    case image::Format::Webp: return "image/webp";
    case image::Format::Unknown: break;
  }
  return is_svg_document(b) ? "image/svg+xml" : "";
}

std::optional<LocalImage> load_local_image(std::string_view url, const ResourcePolicy& policy, Diagnostics& diag,
                                           std::string& why) {
  const std::string name(url.substr(0, url.find_first_of("?#")));
  const auto found = policy.resolve(url);
  switch (found.kind) {
    case ResourcePolicy::Kind::Local: break;
    case ResourcePolicy::Kind::Missing: why = "image not found: " + name; return std::nullopt;
    case ResourcePolicy::Kind::Refused:
      why = "image " + name + " is outside the document's directory and --resource-path; not read";
      return std::nullopt;
    case ResourcePolicy::Kind::Remote: why = "image " + std::string(url) + " is not a local file"; return std::nullopt;
  }
  diag.depend(found.path.string());
  std::ifstream in(found.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    why = "cannot read image " + name;
    return std::nullopt;
  }
  LocalImage image;
  image.bytes = std::move(bytes).str();
  image.media_type = sniff_image_type(image.bytes);
  if (image.media_type.empty()) {
    why = "not a PNG, JPEG, GIF, SVG or WebP image: " + name;
    return std::nullopt;
  }
  if (image.media_type == "image/svg+xml") {
    std::string problem;
    auto clean = sanitize_svg(image.bytes, problem);
    if (!clean) {
      why = "SVG image " + name + " is refused: " + problem;
      return std::nullopt;
    }
    image.bytes = std::move(clean->svg);
    if (clean->removed > 0)
      image.warning = "SVG image " + name + ": " + std::to_string(clean->removed) +
                      " scripts, event handlers, external references or entity declarations removed";
  }
  image.path = found.path;
  return image;
}

}  // namespace mdexport
