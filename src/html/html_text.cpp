#include "html/html_text.hpp"

#include <optional>
#include <unordered_map>

#include "html/html_attributes.hpp"
#include "html/html_document.hpp"
#include "html/image_inline.hpp"
#include "html/inline_tags.hpp"
#include "html/url.hpp"

namespace mdexport {
namespace {

// What an element is to the text: one look-up per element.
enum class Tag { Other, Dropped, Br, Img, Block, Pre, Center, Cell, Style };
struct TagInfo {
  Tag tag = Tag::Other;
  doc::InlineKind style = doc::InlineKind::Text;  // a Style's inline (kStyleTags)
};

TagInfo tag_of(xmlNodePtr node) {
  static const std::unordered_map<std::string_view, TagInfo> tags = [] {
    std::unordered_map<std::string_view, TagInfo> t;
    for (const char* n : {"script", "style", "template", "noscript", "head", "title"}) t[n] = {Tag::Dropped};
    for (const char* n : {"p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                          "blockquote", "section", "article", "header", "footer", "details", "summary", "dl", "dt",
                          "dd", "figure", "figcaption", "hr", "nav", "aside", "main"})
      t[n] = {Tag::Block};
    for (const char* n : {"td", "th"}) t[n] = {Tag::Cell};
    for (const auto& s : kStyleTags) t[s.name] = {Tag::Style, s.kind};
    t["br"] = {Tag::Br};
    t["img"] = {Tag::Img};
    t["pre"] = {Tag::Pre};
    t["center"] = {Tag::Center};
    return t;
  }();
  const auto found = tags.find(reinterpret_cast<const char*>(node->name));
  return found == tags.end() ? TagInfo{} : found->second;
}

// An attribute's value with the spaces around it trimmed; "" when absent.
std::string attribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  if (!value) return {};
  std::string trimmed = trim_space(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return trimmed;
}

int heading_level(xmlNodePtr node) {
  const auto* name = reinterpret_cast<const char*>(node->name);
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0' ? name[1] - '0' : 0;
}

// The styles in effect where text is met.
struct Look {
  bool bold = false, italic = false, code = false, strike = false;
  int script = 0;    // 1 in <sup>, -1 in <sub>: the innermost
  std::string href;  // the link around it, or ""

  bool operator==(const Look&) const = default;
};

// Text in one look, a picture, or (neither) a line break.
struct Piece {
  Look look;
  std::string text;
  std::optional<doc::Inline> picture;
};

doc::Inline wrapped(doc::InlineKind kind, doc::Inline inner) {
  auto outer = doc::inline_of(kind);
  outer.children.push_back(std::move(inner));
  return outer;
}

// Pieces as Markdown's inlines; a link's pieces share one Link.
doc::Inlines to_inlines(std::vector<Piece>& pieces) {
  doc::Inlines out;
  const std::string* open_link = nullptr;
  for (auto& p : pieces) {
    auto in = doc::inline_of(doc::InlineKind::LineBreak);
    if (p.picture) {
      in = std::move(*p.picture);
    } else if (!p.text.empty()) {
      in = doc::inline_of(p.look.code ? doc::InlineKind::Code : doc::InlineKind::Text, std::move(p.text));
      if (p.look.strike) in = wrapped(doc::InlineKind::Strikethrough, std::move(in));
      if (p.look.script) {
        in = wrapped(p.look.script > 0 ? doc::InlineKind::Superscript : doc::InlineKind::Subscript, std::move(in));
      }
      if (p.look.italic) in = wrapped(doc::InlineKind::Emphasis, std::move(in));
      if (p.look.bold) in = wrapped(doc::InlineKind::Strong, std::move(in));
    }
    if (p.look.href.empty()) {
      out.push_back(std::move(in));
      open_link = nullptr;
      continue;
    }
    if (!open_link || *open_link != p.look.href) {
      out.push_back(doc::inline_of(doc::InlineKind::Link));
      out.back().url = p.look.href;
    }
    out.back().children.push_back(std::move(in));
    open_link = &p.look.href;
  }
  return out;
}

// <pre> text as one Code inline: its styles dropped, its breaks as '\n'.
doc::Inlines verbatim(const std::vector<Piece>& pieces) {
  std::string text;
  for (const auto& p : pieces)
    if (!p.picture) text += p.text.empty() ? "\n" : p.text;
  return {doc::inline_of(doc::InlineKind::Code, std::move(text))};
}

class TextCollector {
 public:
  explicit TextCollector(doc::SourcePos pos) : pos_(pos) {}

  std::vector<HtmlParagraph> paragraphs;

  void walk(xmlNodePtr node, int depth) {
    for (; node; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        add_text(reinterpret_cast<const char*>(node->content), depth_pre_ > 0);
      } else if (node->type == XML_ELEMENT_NODE) {
        element(node, depth);
      }
    }
  }

  void finish() {
    end_paragraph();
    if (!ids_.empty()) paragraphs.push_back(HtmlParagraph{{}, 0, false, false, std::move(ids_)});
  }

 private:
  void element(xmlNodePtr node, int depth) {
    const auto [tag, style] = tag_of(node);
    if (tag == Tag::Dropped) return;
    if (tag == Tag::Br) {
      line_break();
      return;
    }
    if (tag == Tag::Img) {
      image(node);
      return;
    }
    const bool pre = tag == Tag::Pre;
    const bool block = tag == Tag::Block || pre || tag == Tag::Center;
    if (block) end_paragraph();
    if (tag == Tag::Cell) pending_space();
    const int level = heading_level(node);
    // The target an element defines, as the EPUB's sanitizer names it.
    const bool anchor = style == doc::InlineKind::Link;
    if (auto id = html_target(node, anchor, level > 0); !id.empty()) ids_.push_back(std::move(id));
    const bool centre = tag == Tag::Center || xmlStrcasecmp(BAD_CAST attribute(node, "align").c_str(),
                                                            BAD_CAST "center") == 0;
    const int outer_heading = heading_;
    const Look outer_look = look_;
    if (level) heading_ = level;
    set_look(node, style);
    depth_pre_ += pre;
    depth_centre_ += centre;
    // Nesting beyond any real document is flattened rather than recursed.
    if (depth < 256) walk(node->children, depth + 1);
    depth_pre_ -= pre;
    depth_centre_ -= centre;
    if (block) end_paragraph();
    heading_ = outer_heading;
    look_ = outer_look;
  }

  void image(xmlNodePtr node) {
    auto shown = image_inline(attribute(node, "src"), attribute(node, "alt"), attribute(node, "width"),
                              attribute(node, "height"), !look_.href.empty(), pos_);
    if (!shown) return;
    if (shown->kind == doc::InlineKind::Text) {
      add_text(shown->text, false);
    } else if (depth_pre_ == 0) {
      start_piece();
      pieces_.push_back(Piece{look_, {}, std::move(*shown)});
    }
  }

  void set_look(xmlNodePtr node, doc::InlineKind style) {
    switch (style) {
      case doc::InlineKind::Strong: look_.bold = true; break;
      case doc::InlineKind::Emphasis: look_.italic = true; break;
      case doc::InlineKind::Code: look_.code = true; break;
      case doc::InlineKind::Strikethrough: look_.strike = true; break;
      case doc::InlineKind::Superscript: look_.script = 1; break;
      case doc::InlineKind::Subscript: look_.script = -1; break;
      case doc::InlineKind::Link:
        if (auto href = attribute(node, "href"); !href.empty() && !is_forbidden_link(href)) look_.href = std::move(href);
        break;
      default: break;
    }
  }

  // Breaks wait for the text after them: those before a paragraph's first
  // text or after its last are dropped.
  void line_break() {
    if (!pieces_.empty()) ++pending_breaks_;
    pending_space_ = false;
  }

  // Text goes in a word at a time; in <pre>, a line at a time, as written.
  void add_text(std::string_view text, bool preserve) {
    const auto separates = [preserve](char c) {
      return preserve ? c == '\n' : c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    std::size_t i = 0;
    while (i < text.size()) {
      if (separates(text[i])) {
        preserve ? line_break() : pending_space();
        ++i;
        continue;
      }
      auto end = i + 1;
      while (end < text.size() && !separates(text[end])) ++end;
      put(text.substr(i, end - i));
      i = end;
    }
  }

  // A space between words, in the look of the first space met; none at a
  // paragraph's start or after a break.
  void pending_space() {
    if (pending_space_ || pieces_.empty() || pending_breaks_ > 0) return;
    pending_space_ = true;
    space_look_ = look_;
  }

  void put(std::string_view text) {
    start_piece();
    append(text, look_);
  }

  // What comes before a piece: a paragraph is a heading, or centred, as the
  // place its content starts; breaks and a space met before it go in.
  void start_piece() {
    if (pieces_.empty()) {
      current_heading_ = heading_;
      current_centred_ = depth_centre_ > 0;
      current_pre_ = depth_pre_ > 0;
    }
    for (; pending_breaks_ > 0; --pending_breaks_) pieces_.push_back(Piece{look_, {}, {}});
    if (pending_space_) append(" ", space_look_);
    pending_space_ = false;
  }

  void append(std::string_view text, const Look& look) {
    if (pieces_.empty() || pieces_.back().text.empty() || !(pieces_.back().look == look))
      pieces_.push_back(Piece{look, {}, {}});
    pieces_.back().text += text;
  }

  void end_paragraph() {
    pending_breaks_ = 0;
    pending_space_ = false;
    // Spaces kept at the end of <pre> text go, and a break they followed.
    while (!pieces_.empty() && !pieces_.back().picture) {
      auto& text = pieces_.back().text;
      while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.pop_back();
      if (!text.empty()) break;
      pieces_.pop_back();
    }
    if (pieces_.empty()) return;
    paragraphs.push_back(HtmlParagraph{current_pre_ ? verbatim(pieces_) : to_inlines(pieces_), current_heading_,
                                       current_centred_, current_pre_, std::move(ids_)});
    ids_.clear();
    pieces_.clear();
  }

  std::vector<Piece> pieces_;  // the paragraph being collected
  Look look_;
  int current_heading_ = 0;
  bool current_centred_ = false;
  bool current_pre_ = false;
  std::vector<std::string> ids_;  // targets not yet given to a paragraph
  bool pending_space_ = false;
  Look space_look_;  // where the pending space was met
  int pending_breaks_ = 0;
  int heading_ = 0;  // the level of the heading being walked, 0 outside one
  int depth_pre_ = 0;
  int depth_centre_ = 0;
  doc::SourcePos pos_;  // the fragment's, for warnings about its pictures
};

}  // namespace

std::vector<HtmlParagraph> html_paragraphs(std::string_view html, doc::SourcePos pos) {
  if (html.empty()) return {};
  const auto document = parse_html(html);
  TextCollector collector(pos);
  if (document) collector.walk(xmlDocGetRootElement(document.get()), 0);
  collector.finish();
  return std::move(collector.paragraphs);
}

std::string html_attribute(std::string_view tag, const char* name) {
  const auto document = parse_html(tag);
  if (!document) return {};
  // The tag's element is the innermost first child: libxml2 puts it in
  // <html><body>, and maybe a <p>.
  xmlNodePtr node = xmlDocGetRootElement(document.get());
  for (auto* child = node ? xmlFirstElementChild(node) : nullptr; child; child = xmlFirstElementChild(child))
    node = child;
  return node ? attribute(node, name) : std::string();
}

}  // namespace mdexport
