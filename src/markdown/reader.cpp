#include "markdown/reader.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>

#include "html/url.hpp"
#include "markdown/cmark_memory.hpp"
#include "markdown/front_matter.hpp"
#include "markdown/gfm_extensions.hpp"
#include "markdown/heading_ids.hpp"
#include "markdown/html_anchors.hpp"
#include "markdown/html_depth.hpp"
#include "markdown/input_text.hpp"

namespace mdexport {
namespace {

// Deeper containers are flattened into their parent: the output stays
// readable and no writer recurses without bound.
constexpr int kMaxDepth = 64;

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::string_view literal(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s ? s : "";
}

// Appends text in which cmark-gfm decoded character references:
// "&#xFFFF;" and "&#xFFFE;" come out as the single bytes 0xFF and 0xFE
// (invalid UTF-8 in every output), "&#xFDD0;" as a noncharacter. Both
// become U+FFFD.
void append_decoded(std::string& out, const char* s) {
  if (!s) return;
  const std::string_view text = s;
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii || is_normal_input(text)) out += text;
  else out += replace_invalid_text(text);
}

std::string decoded_text(const char* s) {
  std::string out;
  append_decoded(out, s);
  return out;
}

// GitHub finds "#Installation" at the heading whose id is "installation".
std::string ascii_lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Vectors are sized once from this, not grown: each growth would move
// every element converted so far.
std::size_t child_count(cmark_node* node) {
  std::size_t n = 0;
  for (auto* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) ++n;
  return n;
}

bool is_type(cmark_node* node, const char* name) {
  return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

class Converter {
 public:
  Converter(Diagnostics& diag, int line_offset) : diag_(diag), line_offset_(line_offset) {}

  // Frees each top-level block of root once converted: cmark's tree is
  // several times the size of its text, and it shrinks as ours grows.
  doc::Document convert(cmark_node* root) {
    doc::Document document;
    count_footnotes(root);
    document.blocks.reserve(child_count(root) - static_cast<std::size_t>(footnote_count_));
    while (auto* child = cmark_node_first_child(root)) {
      if (cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION) {
        doc::Footnote note;
        note.label = std::to_string(document.footnotes.size() + 1);
        add_children(child, note.blocks, 1);
        document.footnotes.push_back(std::move(note));
      } else {
        add_block(child, document.blocks, 1);
      }
      cmark_node_free(child);
    }
    for (const auto& [id, at] : internal_links_)
      if (!heading_ids_.contains(id) && !heading_ids_.contains(ascii_lower(id)))
        diag_.warn(at, "link to #" + id + " matches no heading");
    return document;
  }

 private:
  doc::SourcePos pos(cmark_node* node) const {
    const int line = cmark_node_get_start_line(node);
    if (line <= 0) return {};
    return {line + line_offset_, cmark_node_get_start_column(node)};
  }

  // cmark-gfm moves referenced definitions to the end, in order of first
  // reference, drops unreferenced ones, and gives each reference the number
  // of its definition as its literal.
  void count_footnotes(cmark_node* root) {
    for (auto* child = cmark_node_first_child(root); child; child = cmark_node_next(child))
      if (cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION) ++footnote_count_;
  }

  void add_children(cmark_node* parent, std::vector<doc::Block>& out, int depth) {
    out.reserve(out.size() + child_count(parent));
    for (auto* child = cmark_node_first_child(parent); child; child = cmark_node_next(child))
      add_block(child, out, depth);
  }

  static bool is_container(cmark_node* node) {
    const auto type = cmark_node_get_type(node);
    return type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM;
  }

  // Walks a too-deep subtree with cmark's iterator (no recursion) and adds
  // its leaf blocks in document order.
  void add_flattened_blocks(cmark_node* node, std::vector<doc::Block>& out) {
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(node), cmark_iter_free);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      auto* current = cmark_iter_get_node(iter.get());
      if (event != CMARK_EVENT_ENTER || is_container(current)) continue;
      add_block(current, out, kMaxDepth);
      // Skip the leaf's own subtree (its inlines were converted above).
      cmark_iter_reset(iter.get(), current, CMARK_EVENT_EXIT);
    }
  }

  // The same for inlines: leaves kept, nesting dropped.
  void add_flattened_inlines(cmark_node* node, doc::Inlines& out) {
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(node), cmark_iter_free);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      auto* current = cmark_iter_get_node(iter.get());
      if (event == CMARK_EVENT_ENTER && !cmark_node_first_child(current)) add_inline(current, out, kMaxDepth);
    }
  }

  void add_block(cmark_node* node, std::vector<doc::Block>& out, int depth) {
    if (depth > kMaxDepth && is_container(node)) {
      add_flattened_blocks(node, out);
      return;
    }
    doc::Block block;
    block.pos = pos(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
        block.kind = doc::BlockKind::Paragraph;
        add_inlines(node, block.inlines, 1);
        break;
      case CMARK_NODE_HEADING:
        block.kind = doc::BlockKind::Heading;
        block.level = cmark_node_get_heading_level(node);
        add_inlines(node, block.inlines, 1);
        block.id = ids_.make(doc::plain_text(block.inlines));
        heading_ids_.insert(block.id);
        break;
      case CMARK_NODE_CODE_BLOCK:
        block.kind = doc::BlockKind::CodeBlock;
        block.text = literal(node);
        if (const char* info = cmark_node_get_fence_info(node)) block.info = info;
        break;
      case CMARK_NODE_HTML_BLOCK:
        block.kind = doc::BlockKind::HtmlBlock;
        block.text = literal(node);
        collect_html_anchors(block.text, heading_ids_);
        {
          HtmlDepth html;
          html.feed(block.text);
          warn_if_deep(html, block.pos);
        }
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        block.kind = doc::BlockKind::BlockQuote;
        add_children(node, block.children, depth + 1);
        break;
      case CMARK_NODE_LIST:
        block.kind = doc::BlockKind::List;
        block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        block.start = block.ordered ? cmark_node_get_list_start(node) : 1;
        block.tight = cmark_node_get_list_tight(node) != 0;
        add_children(node, block.children, depth + 1);
        break;
      case CMARK_NODE_ITEM:
        block.kind = doc::BlockKind::ListItem;
        if (is_type(node, "tasklist"))
          block.task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? doc::Task::Done : doc::Task::Open;
        add_children(node, block.children, depth + 1);
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        block.kind = doc::BlockKind::ThematicBreak;
        break;
      default:
        if (!is_type(node, "table")) return;
        block.kind = doc::BlockKind::Table;
        add_table(node, block.table);
        break;
    }
    out.push_back(std::move(block));
  }

  void add_table(cmark_node* node, doc::Table& table) {
    const auto columns = cmark_gfm_extensions_get_table_columns(node);
    const uint8_t* align = cmark_gfm_extensions_get_table_alignments(node);
    for (uint16_t i = 0; i < columns; ++i) {
      switch (align ? align[i] : 0) {
        case 'l': table.align.push_back(doc::Align::Left); break;
        case 'c': table.align.push_back(doc::Align::Center); break;
        case 'r': table.align.push_back(doc::Align::Right); break;
        default: table.align.push_back(doc::Align::None); break;
      }
    }
    table.rows.reserve(child_count(node));
    for (auto* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      std::vector<doc::Inlines> cells;
      cells.reserve(columns);
      for (auto* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        doc::Inlines content;
        add_inlines(cell, content, 1);
        cells.push_back(std::move(content));
      }
      cells.resize(columns);
      table.rows.push_back(std::move(cells));
    }
  }

  void add_inlines(cmark_node* parent, doc::Inlines& out, int depth) {
    out.reserve(out.size() + child_count(parent));
    for (auto* node = cmark_node_first_child(parent); node; node = cmark_node_next(node))
      add_inline(node, out, depth);
    if (depth == 1) {
      HtmlDepth html;
      feed_raw_html(out, html);
      warn_if_deep(html, pos(parent));
    }
  }

  // The raw HTML among inlines, in order, as the XHTML writers join it.
  static void feed_raw_html(const doc::Inlines& inlines, HtmlDepth& html) {
    for (const auto& in : inlines) {
      if (in.kind == doc::InlineKind::RawHtml) html.feed(in.text);
      feed_raw_html(in.children, html);
    }
  }

  void warn_if_deep(const HtmlDepth& html, doc::SourcePos at) {
    if (html.deepest() > kMaxHtmlDepth)
      diag_.warn(at, "raw HTML nests " + std::to_string(html.deepest()) + " levels deep; below " +
                         std::to_string(kMaxHtmlDepth) + " levels its elements are kept as plain text");
  }

  void add_inline(cmark_node* node, doc::Inlines& out, int depth) {
    doc::Inline in;
    in.pos = pos(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
        // Adjacent text nodes (cmark splits at brackets and entities) merge.
        if (!out.empty() && out.back().kind == doc::InlineKind::Text) {
          append_decoded(out.back().text, cmark_node_get_literal(node));
          return;
        }
        in.kind = doc::InlineKind::Text;
        in.text = decoded_text(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_SOFTBREAK: in.kind = doc::InlineKind::SoftBreak; break;
      case CMARK_NODE_LINEBREAK: in.kind = doc::InlineKind::LineBreak; break;
      case CMARK_NODE_CODE:
        in.kind = doc::InlineKind::Code;
        in.text = literal(node);
        break;
      case CMARK_NODE_HTML_INLINE:
        in.kind = doc::InlineKind::RawHtml;
        in.text = literal(node);
        collect_html_anchors(in.text, heading_ids_);
        break;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        in.kind = doc::InlineKind::FootnoteRef;
        in.number = std::atoi(std::string(literal(node)).c_str());
        if (in.number < 1 || in.number > footnote_count_) return;
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        if (depth > kMaxDepth) {
          add_flattened_inlines(node, out);
          return;
        }
        in.kind = cmark_node_get_type(node) == CMARK_NODE_EMPH     ? doc::InlineKind::Emphasis
                  : cmark_node_get_type(node) == CMARK_NODE_STRONG ? doc::InlineKind::Strong
                  : cmark_node_get_type(node) == CMARK_NODE_LINK   ? doc::InlineKind::Link
                                                                   : doc::InlineKind::Image;
        in.url = decoded_text(cmark_node_get_url(node));
        in.title = decoded_text(cmark_node_get_title(node));
        add_inlines(node, in.children, depth + 1);
        if (in.kind == doc::InlineKind::Link && is_forbidden_link(in.url)) {
          diag_.warn(in.pos, "link to '" + in.url + "' is not kept (javascript:, vbscript:, data: and file: URLs " +
                                 "never are); only its text is kept");
          for (auto& child : in.children) out.push_back(std::move(child));
          return;
        }
        if (in.kind == doc::InlineKind::Link && in.url.starts_with('#')) internal_links_.emplace_back(in.url.substr(1), in.pos);
        break;
      default:
        if (!is_type(node, "strikethrough")) return;
        if (depth > kMaxDepth) {
          add_flattened_inlines(node, out);
          return;
        }
        in.kind = doc::InlineKind::Strikethrough;
        add_inlines(node, in.children, depth + 1);
        break;
    }
    out.push_back(std::move(in));
  }

  Diagnostics& diag_;
  int line_offset_;
  HeadingIds ids_;
  int footnote_count_ = 0;
  std::set<std::string> heading_ids_;
  std::vector<std::pair<std::string, doc::SourcePos>> internal_links_;
};

}  // namespace

doc::Document read_markdown(std::string_view bytes, Diagnostics& diag) {
  // cmark allocates with exiting_cmark_mem() until the tree is converted.
  const CmarkReadingFile reading(diag.file().c_str());
  // Most input is already normal: it is parsed where it lies, not copied.
  const bool normal = is_normal_input(bytes);
  std::string normalized = normal ? std::string() : normalize_input(bytes, diag);
  const std::string_view text = normal ? bytes : std::string_view(normalized);
  auto front = read_front_matter(text, diag);

  // No CMARK_OPT_VALIDATE_UTF8: normalize_input has made the text valid.
  auto parser = new_gfm_parser(CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES, exiting_cmark_mem());
  cmark_parser_feed(parser.get(), front.body.data(), front.body.size());
  // cmark has copied what it needs.
  std::string().swap(normalized);
  std::unique_ptr<cmark_node, NodeDeleter> root(finish_gfm_parse(parser.get()));
  // The tree stands alone; the parser's line buffers (as long as the
  // longest line) can go before the conversion.
  parser.reset();

  auto document = Converter(diag, front.body_first_line - 1).convert(root.get());
  document.meta = std::move(front.meta);
  return document;
}

void complete_metadata(doc::Document& document, std::string_view fallback_title) {
  if (!document.meta.title.empty()) return;
  document.meta.title_inferred = true;
  for (const auto& block : document.blocks) {
    if (block.kind == doc::BlockKind::Heading && block.level == 1) {
      document.meta.title = doc::plain_text(block.inlines);
      return;
    }
  }
  document.meta.title = fallback_title;
}

}  // namespace mdexport
