#include "formats/pdf/layout.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "formats/pdf/flow_builder.hpp"
#include "formats/pdf/outline.hpp"
#include "formats/pdf/paginate.hpp"
#include "html/html_inlines.hpp"
#include "html/html_text.hpp"

namespace mdexport::pdf {
namespace {

constexpr int kTocDepth = 3;  // heading levels listed in the contents
constexpr std::uint32_t kFooterColor = 0x666666;

// The top-level headings, Markdown's and raw HTML's <h1>..<h6> that a link
// can reach, and two levels below, with levels counted from the document's
// highest heading: a README whose sections are "##" still gets a contents
// that starts at the margin.
std::vector<TocEntry> toc_entries(const std::vector<doc::Block>& blocks, Diagnostics& diag) {
  std::vector<TocEntry> headings;
  for (const auto& b : blocks) {
    if (b.kind == doc::BlockKind::Heading) headings.push_back({b.level, doc::plain_text(b.inlines), b.id, 0});
    if (b.kind != doc::BlockKind::HtmlBlock) continue;
    for (auto& p : html_paragraphs(b.text))
      if (p.heading && !p.ids.empty())
        headings.push_back({p.heading, doc::plain_text(p.inlines), std::move(p.ids.front()), 0});
  }
  int top = 7;
  for (const auto& h : headings) top = std::min(top, h.level);
  std::vector<TocEntry> entries;
  std::array<std::size_t, 7> at_level{};
  for (auto& h : headings)
    if (h.level - top < kTocDepth) {
      entries.push_back({h.level - top + 1, std::move(h.title), std::move(h.id), 0});
      ++at_level[static_cast<std::size_t>(entries.back().level)];
    }
  // As many entries as the bookmarks hold at most: each is a line and a link.
  const int deepest = deepest_level_within(at_level, kMaxBookmarks);
  if (deepest < 6) {
    diag.warn({}, "the contents would list " + std::to_string(entries.size()) + " headings; it lists only " +
                      (deepest > 0 ? "those of levels 1 to " + std::to_string(deepest)
                                   : "the first " + std::to_string(kMaxBookmarks)));
    std::erase_if(entries, [&](const TocEntry& e) { return deepest > 0 && e.level > deepest; });
    if (entries.size() > kMaxBookmarks) entries.resize(kMaxBookmarks);
  }
  return entries;
}

// Page numbers centred in the bottom margin.
void add_page_numbers(std::vector<Page>& pages, const LayoutOptions& opts, const FontMetrics& metrics) {
  const int face = face_of(Family::Body, false, false);
  const double size = opts.font_size * 0.85;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    Box b;
    b.kind = BoxKind::Text;
    b.text = std::to_string(i + 1);
    b.face = face;
    b.size = size;
    b.color = kFooterColor;
    b.x = (opts.page.width - metrics.width(face, size, b.text)) / 2;
    b.y = opts.page.height - opts.page.margin / 2 + size * 0.3;
    pages[i].boxes.push_back(std::move(b));
  }
}

std::vector<Page> lay_out(const doc::Document& d, const LayoutOptions& opts, const FontMetrics& metrics,
                          const std::vector<TocEntry>* toc, Diagnostics& diag) {
  FlowBuilder builder(metrics, opts.page, opts.font_size, ResourcePolicy(opts.resource_dir, opts.resource_paths), diag, opts.ragged, d.meta.lang);
  builder.title_block(d);
  if (toc) builder.contents(*toc);
  builder.body(d.blocks);
  builder.footnotes(d.footnotes);
  auto pages = paginate(builder.finish(), opts.page);
  add_page_numbers(pages, opts, metrics);
  return pages;
}

// The page each anchor is on, by its id: the first one where ids repeat.
std::map<std::string, int> anchor_pages(const std::vector<Page>& pages) {
  std::map<std::string, int> page_of;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const auto& b : pages[p].boxes)
      if (b.kind == BoxKind::Anchor) page_of.emplace(b.text, static_cast<int>(p) + 1);
  return page_of;
}

}  // namespace

std::vector<Page> layout_document(const doc::Document& source, const LayoutOptions& opts,
                                  const FontMetrics& metrics, Diagnostics& diag) {
  std::optional<doc::Document> folded;
  const auto& d = with_inline_html_folded(source, folded);
  if (!opts.toc) return lay_out(d, opts, metrics, nullptr, diag);
  auto entries = toc_entries(d.blocks, diag);
  Diagnostics first_pass(diag.file());  // warnings are given once, by the final pass
  // The draft's pages are gone before the final pass makes its own: a 10 MB
  // paragraph's --toc PDF held both, 182 MB.
  const auto page_of = anchor_pages(lay_out(d, opts, metrics, &entries, first_pass));
  for (auto& e : entries) {
    const auto found = page_of.find(e.id);
    e.page = found == page_of.end() ? 0 : found->second;
  }
  return lay_out(d, opts, metrics, &entries, diag);
}

}  // namespace mdexport::pdf
