#pragma once
#include <pugixml.hpp>

#include <span>
#include <string>
#include <vector>

#include "doc/document.hpp"
#include "formats/xhtml/anchors.hpp"
#include "formats/xhtml/image_resolver.hpp"
#include "html/html_sanitize.hpp"
#include "util/diagnostics.hpp"

namespace mdexport {

struct BodyOptions {
  // Mark footnotes and their references with epub:type (noteref, footnote)
  // so that e-readers show them as pop-ups. Off for plain HTML, where the
  // attribute is not allowed. Default true.
  bool epub_types = true;
  // Keep links to relative paths ("CONTRIBUTING.md"). Off for EPUB, where
  // such a link would point outside the book and fail validation: the link
  // text stays and a warning is given. Default false.
  bool relative_links = false;
};

// A heading written to the body, for tables of contents.
struct BodyHeading {
  int level = 1;
  std::string text;  // plain text, never empty
  std::string id;    // its id in the output
};

// Turns a document, or parts of it, into XHTML elements in a pugixml tree:
// the body shared by the EPUB and HTML writers. One writer per document, so
// that ids are unique across every part written.
// Lifecycle: construct; blocks() and footnote() in any order, any number of
// times; resolve_links() once at the end.
class BodyWriter : private HtmlHooks {
 public:
  // doc, images and diag must outlive the writer.
  BodyWriter(const doc::Document& doc, ImageResolver& images, Diagnostics& diag, BodyOptions opts = {});

  // Appends blocks (of doc) to parent, an element that takes block content.
  void blocks(std::span<const doc::Block> blocks, pugi::xml_node parent);
  // Appends footnote number (1-based) to parent as an <aside> that starts
  // with a link back to its first reference.
  void footnote(int number, pugi::xml_node parent);
  // Gives every internal link ("#name") written so far the id of its target,
  // or removes its href when nothing in the document has that name. A link
  // may point forward, so this waits until everything is written.
  void resolve_links();

  // Headings written so far (outside footnotes), in order.
  const std::vector<BodyHeading>& headings() const { return headings_; }
  // Footnote numbers referenced so far, in order of first reference.
  const std::vector<int>& referenced_notes() const { return referenced_; }
  // True once an <img> has been written.
  bool has_images() const { return has_images_; }

 private:
  void link(pugi::xml_node a, const std::string& href, doc::SourcePos pos) override;
  void image(pugi::xml_node parent, const HtmlImage& image, bool in_link) override;
  std::string id(const std::string& raw) override;
  void footnote_ref(pugi::xml_node parent, int number) override;

  void block(const doc::Block& b, pugi::xml_node parent, bool tight);
  void list(const doc::Block& b, pugi::xml_node parent);
  void table(const doc::Table& t, pugi::xml_node parent);
  void inlines(const doc::Inlines& inlines, doc::SourcePos pos, pugi::xml_node parent);
  void inline_node(const doc::Inline& in, pugi::xml_node parent);

  struct PendingLink {
    pugi::xml_node a;
    std::string name;
  };

  const doc::Document& doc_;
  ImageResolver& images_;
  Diagnostics& diag_;
  BodyOptions opts_;
  Anchors anchors_;
  std::vector<std::string> note_ids_;       // [n - 1]: id of footnote n
  std::vector<std::string> first_ref_ids_;  // [n - 1]: id of its first reference, or ""
  std::vector<int> ref_counts_;             // [n - 1]: references written so far
  std::vector<int> referenced_;
  std::vector<BodyHeading> headings_;
  std::vector<PendingLink> pending_;
  int in_link_ = 0;
  int in_note_ = 0;
  bool has_images_ = false;
};

}  // namespace mdexport
