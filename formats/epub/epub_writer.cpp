#include "formats/epub/epub_writer.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "formats/epub/chunks.hpp"
#include "formats/epub/cross_links.hpp"
#include "formats/epub/epub_images.hpp"
#include "formats/epub/front_pages.hpp"
#include "formats/epub/identity.hpp"
#include "formats/epub/navigation.hpp"
#include "formats/epub/package.hpp"
#include "formats/epub/zip_archive.hpp"
#include "formats/xhtml/body_writer.hpp"
#include "formats/xhtml/page.hpp"
#include "formats/xhtml/stylesheet.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

constexpr const char* kContainer =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "<rootfiles><rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles>\n"
    "</container>\n";
constexpr const char* kStylesheet = "css/style.css";
constexpr const char* kXhtml = "application/xhtml+xml";
// The files besides the chapters and images: mimetype, container, package,
// nav, NCX, stylesheet, title page and cover.
constexpr std::size_t kOtherFiles = 8;
// Headings deeper than this stay out of the table of contents.
constexpr int kTocDepth = 3;

std::string chapter_name(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "ch%03zu.xhtml", index + 1);
  return name;
}

// [A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*, checked by hand: a std::regex costs
// more to compile than the rest of a small book takes to write.
bool is_language_tag(std::string_view tag) {
  bool first = true;
  for (std::size_t start = 0;; first = false) {
    const auto end = std::min(tag.find('-', start), tag.size());
    const auto part = tag.substr(start, end - start);
    if (part.empty() || part.size() > 8) return false;
    for (char c : part) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && (first || c < '0' || c > '9')) return false;
    }
    if (end == tag.size()) return true;
    start = end + 1;
  }
}

// A language tag validators accept, else "en" with a warning.
std::string language(const std::string& lang, Diagnostics& diag) {
  if (is_language_tag(lang)) return lang;
  diag.warn({}, "lang '" + lang + "' is not a BCP 47 language tag; using 'en'");
  return "en";
}

// One XHTML file of content while the book is being built.
struct Page {
  std::string name;
  std::unique_ptr<pugi::xml_document> doc = std::make_unique<pugi::xml_document>();  // freed once serialized
  pugi::xml_node body;
  pugi::xml_node notes;  // the footnotes section, once needed
};

class BookBuilder {
 public:
  BookBuilder(const doc::Document& d, const WriteOptions& opts, Diagnostics& diag)
      : d_(d), opts_(opts), diag_(diag), images_(ResourcePolicy(opts.resource_dir, opts.resource_paths)), body_(d, images_, diag, {true, false}) {
    meta_ = d.meta;
    meta_.lang = language(d.meta.lang, diag);
    // A package needs a title; a library caller may not have settled one.
    if (meta_.title.empty()) meta_.title = "Untitled";
  }

  std::string build() {
    const auto css = load_stylesheet(opts_.css);
    const int cover = meta_.cover_image.empty() ? -1 : images_.add_cover(meta_.cover_image, diag_);
    write_pages();
    std::vector<BookFile> files;
    for (auto& p : pages_) files.push_back({p.name, p.body});
    point_links_across_files(files);

    // Each page's tree goes as soon as it is bytes: a book is never held
    // both ways at once.
    std::vector<std::string> page_bytes;
    ContentId content;
    for (auto& p : pages_) {
      page_bytes.push_back(serialize_xml(*p.doc));
      content.add(page_bytes.back());
      p.doc.reset();
    }
    content.add(meta_.title + '\n' + meta_.subtitle + '\n');
    for (const auto& a : meta_.authors) content.add(a + '\n');
    const auto identifier = meta_.identifier.empty() ? content.uuid() : meta_.identifier;
    const auto modified = build_time();

    std::vector<ManifestItem> items;
    std::vector<Landmark> landmarks;
    items.push_back({"ncx", "toc.ncx", "application/x-dtbncx+xml", "", false, ""});
    items.push_back({"css", kStylesheet, "text/css", "", false, ""});
    std::string cover_href;
    if (cover >= 0) {
      cover_href = images_.images()[static_cast<std::size_t>(cover)].href;
      items.push_back({"cover", "cover.xhtml", kXhtml, "", true, ""});
      landmarks.push_back({"cover", "Cover", "cover.xhtml"});
    }
    items.push_back({"titlepage", "title.xhtml", kXhtml, "", true, ""});
    landmarks.push_back({"titlepage", "Title Page", "title.xhtml"});
    // The contents come after the title page, as in a printed book.
    items.push_back({"nav", "nav.xhtml", kXhtml, "nav", true, ""});
    landmarks.push_back({"toc", "Contents", "nav.xhtml#toc"});
    for (std::size_t i = 0; i < pages_.size(); ++i)
      items.push_back({"ch" + std::to_string(i + 1), pages_[i].name, kXhtml, "", true, ""});
    if (!pages_.empty()) landmarks.push_back({"bodymatter", "Start of Content", pages_[0].name});
    for (std::size_t i = 0; i < images_.images().size(); ++i) {
      const auto& img = images_.images()[i];
      items.push_back({img.id, img.href, img.media_type, static_cast<int>(i) == cover ? "cover-image" : "", false, img.fallback});
    }

    PackageInfo info;
    info.identifier = identifier;
    info.modified = utc_timestamp(modified);
    info.has_images = body_.has_images();
    if (cover >= 0) info.cover_id = images_.images()[static_cast<std::size_t>(cover)].id;

    auto toc = toc_;
    if (toc.empty()) toc.push_back({1, meta_.title.empty() ? "Title Page" : meta_.title, "title.xhtml"});

    ZipArchive zip(modified);
    using M = ZipArchive::Method;
    // The mimetype entry must come first and be stored: readers identify the
    // file by these bytes at offset 38.
    zip.add("mimetype", "application/epub+zip", M::Store);
    zip.add("META-INF/container.xml", kContainer, M::Deflate);
    zip.add("EPUB/package.opf", package_document(meta_, info, items), M::Deflate);
    zip.add("EPUB/nav.xhtml", nav_document(meta_.title, meta_.lang, toc, landmarks, kStylesheet), M::Deflate);
    zip.add("EPUB/toc.ncx", ncx_document(identifier, meta_.title, toc), M::Deflate);
    zip.add(std::string("EPUB/") + kStylesheet, css, M::Deflate);
    if (cover >= 0) zip.add("EPUB/cover.xhtml", cover_page(meta_, cover_href, kStylesheet), M::Deflate);
    zip.add("EPUB/title.xhtml", title_page(meta_, kStylesheet), M::Deflate);
    for (std::size_t i = 0; i < pages_.size(); ++i) zip.add("EPUB/" + pages_[i].name, std::move(page_bytes[i]), M::Deflate);
    for (const auto& img : images_.images())
      // SVG is text and shrinks; the others are compressed already.
      zip.add("EPUB/" + img.href, img.bytes, img.media_type == "image/svg+xml" ? M::Deflate : M::Store);
    return zip.finish();
  }

 private:
  void write_pages() {
    const auto chunks = split_chunks(d_.blocks, opts_.split_level);
    // Each chunk is a file of the zip: refuse before building them all.
    if (chunks.size() + kOtherFiles > ZipArchive::kMaxEntries) {
      const auto& first_over = d_.blocks[chunks[ZipArchive::kMaxEntries - kOtherFiles].begin];
      throw diag_.error(first_over.pos, "too many chapters: this heading would start chapter " +
                                            std::to_string(ZipArchive::kMaxEntries - kOtherFiles + 1) +
                                            ", past the " + std::to_string(ZipArchive::kMaxEntries - kOtherFiles) +
                                            " an EPUB holds beside its other files in a zip without zip64; "
                                            "use a lower --split-level (0 puts the text in one file)");
    }
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      const auto& first = d_.blocks[chunks[i].begin];
      auto title = first.kind == doc::BlockKind::Heading ? doc::plain_text(first.inlines) : meta_.title;
      auto& page = new_page(chapter_name(i), title.empty() ? meta_.title : title);
      const auto headings_before = body_.headings().size();
      body_.blocks(std::span(d_.blocks).subspan(chunks[i].begin, chunks[i].end - chunks[i].begin), page.body);
      for (auto h = headings_before; h < body_.headings().size(); ++h) {
        const auto& heading = body_.headings()[h];
        if (heading.level <= kTocDepth) toc_.push_back({heading.level, heading.text, page.name + "#" + heading.id});
      }
      place_notes(page);
    }
    // A note referenced only from inside a link has no reference to hang
    // from; it still belongs in the book, at the end.
    for (int n = 1; n <= static_cast<int>(d_.footnotes.size()); ++n) {
      if (placed_.contains(n)) continue;
      if (pages_.empty()) new_page(chapter_name(0), meta_.title);
      note(pages_.back(), n);
    }
    body_.resolve_links();
  }

  Page& new_page(std::string name, const std::string& title) {
    auto& page = pages_.emplace_back();
    page.name = std::move(name);
    page.body = start_xhtml_page(*page.doc, title, meta_.lang, kStylesheet, true);
    page.body.append_child(pugi::node_pcdata).set_value("\n");
    return page;
  }

  // Notes go at the end of the file holding their first reference, where a
  // reader that does not show pop-ups still finds them close by. A note may
  // itself reference further notes.
  void place_notes(Page& page) {
    while (next_note_ < body_.referenced_notes().size()) {
      const int n = body_.referenced_notes()[next_note_++];
      if (!placed_.contains(n)) note(page, n);
    }
  }

  void note(Page& page, int n) {
    if (!page.notes) {
      page.notes = page.body.append_child("section");
      page.notes.append_attribute("epub:type") = "footnotes";
      page.notes.append_attribute("class") = "footnotes";
      page.notes.append_child(pugi::node_pcdata).set_value("\n");
    }
    placed_.insert(n);
    body_.footnote(n, page.notes);
    place_notes(page);
  }

  const doc::Document& d_;
  const WriteOptions& opts_;
  Diagnostics& diag_;
  doc::Metadata meta_;
  EpubImages images_;
  BodyWriter body_;
  std::vector<Page> pages_;
  std::vector<TocEntry> toc_;
  std::set<int> placed_;
  std::size_t next_note_ = 0;
};

class EpubWriter : public Writer {
 public:
  void write(const doc::Document& d, const WriteOptions& opts, Diagnostics& diag, Sink& out) const override {
    out.write(BookBuilder(d, opts, diag).build());
  }
};

}  // namespace

std::unique_ptr<Writer> make_epub_writer() { return std::make_unique<EpubWriter>(); }

}  // namespace mdexport
