#include "html/html_inlines.hpp"

#include <string>
#include <vector>

#include "html/image_inline.hpp"
#include "html/inline_tags.hpp"
#include "html/url.hpp"

namespace mdexport {
namespace {

// Tags opened inside others beyond this are ignored: the writers recurse
// into nested inlines, and the reader flattens Markdown's at the same depth.
constexpr std::size_t kMaxNesting = 64;

struct OpenTag {
  std::string name;
  doc::Inline container;
};

class Folder {
 public:
  Folder(bool in_link, std::size_t depth) : in_link_(in_link), depth_(depth) {}

  doc::Inlines fold(const doc::Inlines& inlines) && {
    for (const auto& in : inlines) {
      if (in.kind == doc::InlineKind::RawHtml) {
        tag(in);
      } else if (in.kind == doc::InlineKind::Image || in.children.empty()) {
        target().push_back(in);
      } else {
        auto copy = in;
        copy.children =
            Folder(linked() || in.kind == doc::InlineKind::Link, depth_ + open_.size() + 1).fold(in.children);
        target().push_back(std::move(copy));
      }
    }
    close_down_to(0);
    return std::move(out_);
  }

 private:
  void tag(const doc::Inline& raw) {
    const auto tag = read_inline_tag(raw.text);
    if (tag.closing) {
      for (auto i = open_.size(); i-- > 0;)
        if (open_[i].name == tag.name) {
          close_down_to(i);
          break;
        }
      target().push_back(raw);
      return;
    }
    target().push_back(raw);
    if (tag.name == "br") {
      target().push_back(doc::inline_of(doc::InlineKind::LineBreak));
    } else if (tag.name == "img") {
      image(raw);
    } else if (const auto kind = style_of_tag(tag.name);
               kind != doc::InlineKind::Text && depth_ + open_.size() < kMaxNesting) {
      auto container = doc::inline_of(kind);
      if (kind == doc::InlineKind::Link) {
        container.url = inline_tag_attribute(raw.text, "href");
        // An <a name> or a dangerous link marks nothing as a link.
        if (container.url.empty() || is_forbidden_link(container.url)) return;
      }
      container.pos = raw.pos;
      open_.push_back(OpenTag{tag.name, std::move(container)});
    }
  }

  void image(const doc::Inline& raw) {
    const auto& tag = raw.text;
    auto shown = image_inline(inline_tag_attribute(tag, "src"), inline_tag_attribute(tag, "alt"),
                              inline_tag_attribute(tag, "width"), inline_tag_attribute(tag, "height"), linked(), raw.pos);
    if (shown) target().push_back(std::move(*shown));
  }

  // Closes the tags open from index `first` on, innermost first.
  void close_down_to(std::size_t first) {
    while (open_.size() > first) {
      auto container = std::move(open_.back().container);
      open_.pop_back();
      if (container.kind == doc::InlineKind::Code) {
        container.text = doc::plain_text(container.children);
        container.children.clear();
        if (container.text.empty()) continue;
      }
      target().push_back(std::move(container));
    }
  }

  doc::Inlines& target() { return open_.empty() ? out_ : open_.back().container.children; }

  bool linked() const {
    if (in_link_) return true;
    for (const auto& t : open_)
      if (t.container.kind == doc::InlineKind::Link) return true;
    return false;
  }

  bool in_link_;
  std::size_t depth_;  // how deep the inlines being folded are
  doc::Inlines out_;
  std::vector<OpenTag> open_;
};

bool blocks_hold_html(const std::vector<doc::Block>& blocks) {
  for (const auto& b : blocks) {
    if (doc::has_raw_html(b.inlines) || blocks_hold_html(b.children)) return true;
    for (const auto& row : b.table.rows)
      for (const auto& cell : row)
        if (doc::has_raw_html(cell)) return true;
  }
  return false;
}

void fold_blocks(std::vector<doc::Block>& blocks) {
  for (auto& b : blocks) {
    if (doc::has_raw_html(b.inlines)) b.inlines = fold_inline_html(b.inlines);
    for (auto& row : b.table.rows)
      for (auto& cell : row)
        if (doc::has_raw_html(cell)) cell = fold_inline_html(cell);
    fold_blocks(b.children);
  }
}

}  // namespace

doc::Inlines fold_inline_html(const doc::Inlines& inlines) { return Folder(false, 0).fold(inlines); }


const doc::Document& with_inline_html_folded(const doc::Document& doc, std::optional<doc::Document>& storage) {
  bool found = blocks_hold_html(doc.blocks);
  for (const auto& f : doc.footnotes) found = found || blocks_hold_html(f.blocks);
  if (!found) return doc;
  auto& copy = storage.emplace(doc);
  fold_blocks(copy.blocks);
  for (auto& f : copy.footnotes) fold_blocks(f.blocks);
  return copy;
}

}  // namespace mdexport
