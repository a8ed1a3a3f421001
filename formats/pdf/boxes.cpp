#include "formats/pdf/boxes.hpp"

#include <cmath>
#include <cstdio>

namespace mdexport::pdf {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::round(v * 10) / 10 + 0.0);
  std::string s = buf;
  if (s == "-0.0") s = "0.0";
  return s;
}

std::string hex(std::uint32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

std::string dump(const std::vector<Page>& pages) {
  static const char* const kKinds[] = {"text", "fill", "line", "frame", "image", "link", "anchor"};
  std::string out;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    // Appended piece by piece: g++ 12 warns (-Wrestrict, falsely) on "a" + s + "b".
    out += "page ";
    out += std::to_string(p + 1);
    out += '\n';
    for (const auto& b : pages[p].boxes) {
      out += "  ";
      out += kKinds[static_cast<int>(b.kind)];
      out.append(" ").append(num(b.x)).append(" ").append(num(b.y));
      switch (b.kind) {
        case BoxKind::Text: {
          // A line a piece, as if each were a box of its own.
          bool first = true;
          for_each_piece(b, [&](double x, std::string_view text) {
            if (!first) out.append("\n  text ").append(num(x)).append(" ").append(num(b.y));
            first = false;
            out += " face=" + std::to_string(b.face) + " size=" + num(b.size) + " " + hex(b.color) + " \"";
            out.append(text) += '"';
          });
          break;
        }
        case BoxKind::Fill: out += " " + num(b.w) + "x" + num(b.h) + " " + hex(b.color); break;
        case BoxKind::Line:
        case BoxKind::Frame:
          out += " " + num(b.w) + "x" + num(b.h) + " " + hex(b.color) + " width=" + num(b.line_width);
          if (b.dotted) out += " dotted";
          break;
        case BoxKind::Image: out += " " + num(b.w) + "x" + num(b.h) + " " + b.text; break;
        case BoxKind::Link: out += " " + num(b.w) + "x" + num(b.h) + " -> " + b.text; break;
        case BoxKind::Anchor:
          out += " #" + b.text;
          if (b.level > 0) out += " level=" + std::to_string(b.level) + " \"" + b.title + "\"";
          break;
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace mdexport::pdf
