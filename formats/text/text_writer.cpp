#include "formats/text/text_writer.hpp"

#include <algorithm>

#include "formats/text/inline_text.hpp"
#include "formats/text/table_text.hpp"
#include "html/html_text.hpp"
#include "text/display_width.hpp"
#include "text/tabs.hpp"
#include "text/wrap.hpp"

namespace mdexport {
namespace {

using Lines = std::vector<std::string>;

// Below this many columns, deeply nested content stops shrinking and the
// prefixes alone may exceed the requested width.
constexpr int kMinInnerWidth = 10;
// Output is written to the sink in pieces of about this many bytes.
constexpr std::size_t kWriteSize = 1 << 16;

int widest(const Lines& lines) {
  int w = 0;
  for (const auto& line : lines) w = std::max(w, display_width(line));
  return w;
}

// Puts first before the first line and rest before the others.
void add_prefixed(const Lines& inner, const std::string& first, const std::string& rest, Lines& out) {
  for (std::size_t i = 0; i < inner.size(); ++i) out.push_back((i == 0 ? first : rest) + inner[i]);
}

class TextRenderer {
 public:
  explicit TextRenderer(int columns) : columns_(std::max(columns, kMinInnerWidth)) {}

  // Writes each top-level block as soon as it is laid out: only one block's
  // lines, never the whole text, are held at a time.
  void render(const doc::Document& d, Sink& sink) {
    Lines out;
    title_block(d, out);
    bool first = true;
    for (const auto& b : d.blocks) {
      add_block(b, columns_, false, 0, first, out);
      write_lines(out, sink);
    }
    notes(d, out);
    link_list(out);
    write_lines(out, sink, true);
  }

 private:
  void title_block(const doc::Document& d, Lines& out) {
    const auto& m = d.meta;
    if (m.title.empty() || m.title_inferred) return;
    underlined(wrap(m.title, columns_), '=', out);
    if (!m.subtitle.empty()) for (auto& l : wrap(m.subtitle, columns_)) out.push_back(l);
    std::string byline;
    for (const auto& a : m.authors) byline += (byline.empty() ? "" : ", ") + a;
    if (!m.date.empty()) byline += (byline.empty() ? "" : " - ") + m.date;
    if (!byline.empty()) for (auto& l : wrap(byline, columns_)) out.push_back(l);
    out.emplace_back();
  }

  static void underlined(Lines lines, char rule, Lines& out) {
    const int w = widest(lines);
    for (auto& l : lines) out.push_back(std::move(l));
    out.push_back(std::string(static_cast<std::size_t>(std::max(w, 3)), rule));
  }

  void blocks(const std::vector<doc::Block>& list, int width, bool tight, int list_depth, Lines& out) {
    bool first = true;
    for (const auto& b : list) add_block(b, width, tight, list_depth, first, out);
  }

  // One block of a sequence: blocks that produce no lines are skipped, and
  // unless tight a blank line separates each from the one before.
  void add_block(const doc::Block& b, int width, bool tight, int list_depth, bool& first, Lines& out) {
    Lines lines;
    block(b, width, list_depth, lines);
    if (lines.empty()) return;
    if (!first && !tight) out.emplace_back();
    first = false;
    for (auto& l : lines) out.push_back(std::move(l));
  }

  // Moves lines, without trailing spaces, to the output and empties them.
  // Output goes to the sink in pieces of some size, not a write per block.
  void write_lines(Lines& lines, Sink& sink, bool last = false) {
    for (auto& line : lines) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      pending_ += line;
      pending_ += '\n';
    }
    lines.clear();
    if (last || pending_.size() >= kWriteSize) {
      sink.write(pending_);
      pending_.clear();
    }
  }

  // Code blocks and raw HTML's <pre>: indented, never re-wrapped.
  static void code_lines(std::string_view code, Lines& out) {
    if (code.ends_with('\n')) code.remove_suffix(1);
    std::size_t start = 0;
    while (start <= code.size()) {
      auto nl = code.find('\n', start);
      if (nl == std::string_view::npos) nl = code.size();
      out.push_back("    " + expand_tabs(code.substr(start, nl - start)));
      start = nl + 1;
    }
  }

  // Markdown's headings and raw HTML's <h1>..<h6> alike.
  static void heading(const std::string& text, int level, int width, Lines& out) {
    if (level <= 2) underlined(wrap(text, width), level == 1 ? '=' : '-', out);
    else for (auto& l : wrap(std::string(static_cast<std::size_t>(level), '#') + " " + text, width))
      out.push_back(std::move(l));
  }

  void block(const doc::Block& b, int width, int list_depth, Lines& out) {
    switch (b.kind) {
      case doc::BlockKind::Paragraph:
        for (auto& l : wrap(inline_text(b.inlines, links_), width)) out.push_back(std::move(l));
        break;
      case doc::BlockKind::Heading: heading(inline_text(b.inlines, links_), b.level, width, out); break;
      case doc::BlockKind::CodeBlock: code_lines(b.text, out); break;
      case doc::BlockKind::HtmlBlock: {
        bool first = true;
        for (const auto& para : html_paragraphs(b.text)) {
          if (para.inlines.empty()) continue;
          if (!first) out.emplace_back();
          first = false;
          if (para.preformatted) {
            code_lines(para.inlines.front().text, out);
            continue;
          }
          const auto text = inline_text(para.inlines, links_);
          if (para.heading) heading(text, para.heading, width, out);
          else for (auto& l : wrap(text, width)) out.push_back(std::move(l));
        }
        break;
      }
      case doc::BlockKind::BlockQuote: {
        Lines inner;
        blocks(b.children, std::max(kMinInnerWidth, width - 2), false, list_depth, inner);
        for (const auto& l : inner) out.push_back(l.empty() ? ">" : "> " + l);
        break;
      }
      case doc::BlockKind::List: list(b, width, list_depth, out); break;
      case doc::BlockKind::ThematicBreak: {
        const std::string mark = "* * *";
        out.push_back(std::string(static_cast<std::size_t>(std::max(0, (width - 5) / 2)), ' ') + mark);
        break;
      }
      case doc::BlockKind::Table: {
        std::vector<std::vector<std::string>> rows;
        for (const auto& row : b.table.rows) {
          auto& cells = rows.emplace_back();
          for (const auto& cell : row) cells.push_back(inline_text(cell, links_));
        }
        for (auto& l : table_text(rows, b.table.align, width)) out.push_back(std::move(l));
        break;
      }
      case doc::BlockKind::ListItem: blocks(b.children, width, true, list_depth, out); break;
    }
  }

  void list(const doc::Block& b, int width, int list_depth, Lines& out) {
    static const char* const kBullets[] = {"-", "*", "+"};
    const auto count = static_cast<long>(b.children.size());
    const auto number_width = std::to_string(static_cast<long>(b.start) + count - 1).size();
    long number = b.start;
    bool first = true;
    for (const auto& item : b.children) {
      std::string marker;
      if (b.ordered) {
        const auto n = std::to_string(number++);
        marker = std::string(number_width > n.size() ? number_width - n.size() : 0, ' ') + n + ". ";
      } else {
        marker = std::string(kBullets[list_depth % 3]) + " ";
      }
      if (item.task != doc::Task::None) marker += item.task == doc::Task::Done ? "[x] " : "[ ] ";
      const int indent = display_width(marker);
      Lines inner;
      blocks(item.children, std::max(kMinInnerWidth, width - indent), b.tight, list_depth + 1, inner);
      if (inner.empty()) inner.emplace_back();
      if (!first && !b.tight) out.emplace_back();
      first = false;
      add_prefixed(inner, marker, std::string(static_cast<std::size_t>(indent), ' '), out);
    }
  }

  void notes(const doc::Document& d, Lines& out) {
    if (d.footnotes.empty()) return;
    out.emplace_back();
    underlined({"Notes"}, '-', out);
    for (std::size_t i = 0; i < d.footnotes.size(); ++i) {
      const std::string marker = "[^" + std::to_string(i + 1) + "] ";
      const int indent = display_width(marker);
      Lines inner;
      blocks(d.footnotes[i].blocks, std::max(kMinInnerWidth, columns_ - indent), false, 0, inner);
      if (inner.empty()) inner.emplace_back();
      out.emplace_back();
      add_prefixed(inner, marker, std::string(static_cast<std::size_t>(indent), ' '), out);
    }
  }

  void link_list(Lines& out) {
    if (links_.urls().empty()) return;
    out.emplace_back();
    underlined({"Links"}, '-', out);
    out.emplace_back();
    const auto& urls = links_.urls();
    const auto number_width = std::to_string(urls.size()).size();
    for (std::size_t i = 0; i < urls.size(); ++i) {
      const auto n = std::to_string(i + 1);
      out.push_back(std::string(number_width - n.size(), ' ') + "[" + n + "] " + urls[i]);
    }
  }

  int columns_;
  LinkList links_;
  std::string pending_;  // output not yet written
};

class TextWriter : public Writer {
 public:
  void write(const doc::Document& d, const WriteOptions& opts, Diagnostics&, Sink& out) const override {
    TextRenderer(opts.columns).render(d, out);
  }
};

}  // namespace

std::unique_ptr<Writer> make_text_writer() { return std::make_unique<TextWriter>(); }

}  // namespace mdexport
