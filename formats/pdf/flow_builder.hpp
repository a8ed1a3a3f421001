#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "doc/document.hpp"
#include "formats/pdf/boxes.hpp"
#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/hyphenator.hpp"
#include "formats/pdf/image_info.hpp"
#include "formats/pdf/runs.hpp"
#include "util/diagnostics.hpp"

namespace mdexport::pdf {

// One line of the table of contents.
struct TocEntry {
  int level = 1;  // 1 = the document's highest heading level
  std::string title;
  std::string id;
  int page = 0;  // 1-based; 0 while not yet known
};

// Turns the document's blocks into slabs (the flow the paginator stacks).
// Lifecycle: construct; title_block, contents, body, footnotes (each at most
// once, in this order); finish.
class FlowBuilder {
 public:
  // REQUIRES: metrics and diag outlive the builder.
  // Body text is justified unless ragged, and hyphenated for lang (a BCP 47
  // tag) when a dictionary is installed.
  FlowBuilder(const FontMetrics& metrics, const PageGeometry& page, double font_size,
              ResourcePolicy resources, Diagnostics& diag, bool ragged = false,
              const std::string& lang = "en");

  // Title, subtitle, authors and date, centred; left out when the document
  // starts with a level-1 heading that repeats the title.
  void title_block(const doc::Document& d);
  // "Contents" and one linked line per entry with its page number; the body
  // starts on a new page after it.
  void contents(const std::vector<TocEntry>& entries);
  void body(const std::vector<doc::Block>& blocks);
  void footnotes(const std::vector<doc::Footnote>& notes);
  Flow finish() { return std::move(flow_); }

 private:
  struct Ctx {
    double left = 0;          // from the text area's left edge
    double width = 0;
    double size = 10;         // body text size here
    std::uint32_t color = 0;  // text colour here
    bool tight = false;       // inside a tight list item
    int list_depth = 0;
  };

  void blocks(const std::vector<doc::Block>& list, const Ctx& c);
  void block(const doc::Block& b, const Ctx& c);
  // Lines of body text (body = true) are justified and hyphenated, and no
  // line of a paragraph is left alone at the top or bottom of a page.
  void paragraph(const std::vector<Run>& runs, const Ctx& c, double leading, bool keep = false,
                 bool centred = false, bool body = false);
  void heading(const doc::Block& b, const Ctx& c);
  // A heading of r's text, with anchors for ids (the first in the outline).
  void set_heading(std::vector<Run> r, int level, const std::vector<std::string>& ids, const std::string& title,
                   bool centred, const Ctx& c);
  RunStyle heading_style(int level, const Ctx& c) const;
  // Link targets at the top of slab; level > 0 puts the first in the outline.
  void add_anchors(Slab& slab, const std::vector<std::string>& ids, int level, const std::string& title,
                   const Ctx& c);
  // An empty slab holding only link targets, kept with what follows.
  void anchor_slab(const std::vector<std::string>& ids, const Ctx& c);
  // Link targets on the first slab made since out_ held first slabs, or in
  // a slab of their own when none was made.
  void add_anchors_since(std::size_t first, const std::vector<std::string>& ids, const Ctx& c);
  void code_block(std::string_view text, const Ctx& c);
  void html_block(const doc::Block& b, const Ctx& c);
  void list(const doc::Block& b, const Ctx& c);
  void quote(const doc::Block& b, const Ctx& c);
  void rule(const Ctx& c);
  void table(const doc::Block& b, const Ctx& c);
  void image(const Run& run, const Ctx& c);
  // Puts a marker (bullet, number, box) beside the first line of slab.
  void add_marker(Slab& slab, const std::string& text, double right, const Ctx& c, doc::Task task);

  std::vector<Run> runs(const doc::Inlines& inlines, const RunStyle& style);
  // Warns, once for each, of links that collect_runs sets as plain text.
  void warn_long_links(const doc::Inlines& inlines);
  RunStyle body_style(const Ctx& c) const;
  double measure(const RunStyle& s, std::string_view text) const;
  bool show_image(const doc::Inline& in);
  void gap(double points) { gap_ = std::max(gap_, points); }
  void emit(Slab slab);

  const FontMetrics& metrics_;
  PageGeometry page_;
  double size_;
  ResourcePolicy resources_;
  Diagnostics& diag_;
  bool ragged_;
  std::string lang_;
  Hyphenator hyphenator_;
  Flow flow_;
  std::vector<Slab>* out_ = &flow_.body;
  double gap_ = 0;
  bool pending_page_break_ = false;  // the next slab starts a page (after the contents)
  std::map<std::string, ImageInfo> images_;
  // Images warned about (tables measure twice), by where they are and
  // their URL: raw HTML's pictures live only while their block is laid out.
  std::set<std::tuple<int, int, std::string>> warned_;
  std::set<std::pair<int, int>> long_links_;  // where the links warn_long_links warned of are
};

}  // namespace mdexport::pdf
