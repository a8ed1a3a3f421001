#include "formats/xhtml/body_writer.hpp"

#include <algorithm>

#include "formats/xhtml/inline_html.hpp"
#include "html/url.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

// A line break after each block keeps the files readable when unzipped;
// between blocks it means nothing to a reader.
void newline(pugi::xml_node parent) { parent.append_child(pugi::node_pcdata).set_value("\n"); }

const char* align_class(doc::Align a) {
  switch (a) {
    case doc::Align::Left: return "left";
    case doc::Align::Center: return "center";
    case doc::Align::Right: return "right";
    case doc::Align::None: break;
  }
  return nullptr;
}

std::string trim_text(std::string s) {
  const auto first = s.find_first_not_of(" \t\n");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\n") - first + 1);
}

}  // namespace

BodyWriter::BodyWriter(const doc::Document& doc, ImageResolver& images, Diagnostics& diag, BodyOptions opts)
    : doc_(doc), images_(images), diag_(diag), opts_(opts) {
  // Footnote ids first, so that a heading called "fn 1" cannot take them.
  for (std::size_t n = 1; n <= doc.footnotes.size(); ++n) note_ids_.push_back(anchors_.unique("fn-" + std::to_string(n)));
  first_ref_ids_.resize(doc.footnotes.size());
  ref_counts_.resize(doc.footnotes.size());
}

void BodyWriter::blocks(std::span<const doc::Block> list, pugi::xml_node parent) {
  for (const auto& b : list) block(b, parent, false);
}

void BodyWriter::block(const doc::Block& b, pugi::xml_node parent, bool tight) {
  switch (b.kind) {
    case doc::BlockKind::Paragraph:
      if (tight) return inlines(b.inlines, b.pos, parent);
      inlines(b.inlines, b.pos, parent.append_child("p"));
      break;
    case doc::BlockKind::Heading: {
      const char name[3] = {'h', static_cast<char>('0' + std::clamp(b.level, 1, 6)), '\0'};
      auto h = parent.append_child(name);
      const auto id = anchors_.unique(b.id);
      anchors_.name(b.id, id);
      h.append_attribute("id") = id.c_str();
      inlines(b.inlines, b.pos, h);
      if (!in_note_) {
        auto title = trim_text(xml_text(doc::plain_text(b.inlines)));
        headings_.push_back({b.level, title.empty() ? "Section" : title, id});
      }
      break;
    }
    case doc::BlockKind::CodeBlock: {
      auto code = parent.append_child("pre").append_child("code");
      const auto lang = b.info.substr(0, b.info.find_first_of(" \t"));
      if (!lang.empty()) code.append_attribute("class") = xml_text("language-" + lang).c_str();
      std::string_view body = b.text;
      if (body.ends_with('\n')) body.remove_suffix(1);
      append_text(code, body);
      break;
    }
    case doc::BlockKind::HtmlBlock:
      append_sanitized_html(b.text, HtmlContext::Flow, false, b.pos, *this, parent);
      break;
    case doc::BlockKind::BlockQuote: {
      auto quote = parent.append_child("blockquote");
      newline(quote);
      blocks(b.children, quote);
      break;
    }
    case doc::BlockKind::List: list(b, parent); break;
    case doc::BlockKind::ListItem:
      for (const auto& child : b.children) block(child, parent, tight);
      return;
    case doc::BlockKind::ThematicBreak: parent.append_child("hr"); break;
    case doc::BlockKind::Table: table(b.table, parent); break;
  }
  newline(parent);
}

void BodyWriter::list(const doc::Block& b, pugi::xml_node parent) {
  auto el = parent.append_child(b.ordered ? "ol" : "ul");
  if (b.ordered && b.start != 1) el.append_attribute("start") = b.start;
  newline(el);
  for (const auto& item : b.children) {
    auto li = el.append_child("li");
    for (const auto& child : item.children) block(child, li, b.tight);
    if (item.task != doc::Task::None) {
      li.append_attribute("class") = "task";
      // The box goes inside the first paragraph, beside its text.
      auto first = li.first_child();
      auto holder = first && std::string_view(first.name()) == "p" ? first : li;
      auto box = holder.prepend_child("span");
      box.append_attribute("class") = "task-box";
      append_text(box, item.task == doc::Task::Done ? "\u2611" : "\u2610");
      holder.insert_child_after(pugi::node_pcdata, box).set_value(" ");
    }
    newline(el);
  }
}

void BodyWriter::table(const doc::Table& t, pugi::xml_node parent) {
  auto el = parent.append_child("table");
  newline(el);
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (r == 0) el = el.append_child("thead");
    if (r == 1) el = el.parent().append_child("tbody");
    auto tr = el.append_child("tr");
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
      auto cell = tr.append_child(r == 0 ? "th" : "td");
      if (c < t.align.size())
        if (const char* cls = align_class(t.align[c])) cell.append_attribute("class") = cls;
      inlines(t.rows[r][c], {}, cell);
    }
    newline(el);
  }
}

void BodyWriter::inlines(const doc::Inlines& list, doc::SourcePos pos, pugi::xml_node parent) {
  if (doc::has_raw_html(list)) {
    append_sanitized_html(inline_html(list), HtmlContext::Phrasing, in_link_ > 0, pos, *this, parent);
    return;
  }
  for (const auto& in : list) inline_node(in, parent);
}

void BodyWriter::inline_node(const doc::Inline& in, pugi::xml_node parent) {
  switch (in.kind) {
    case doc::InlineKind::Text: append_text(parent, in.text); break;
    case doc::InlineKind::SoftBreak: append_text(parent, "\n"); break;
    case doc::InlineKind::LineBreak:
      parent.append_child("br");
      append_text(parent, "\n");
      break;
    case doc::InlineKind::Code: append_text(parent.append_child("code"), in.text); break;
    case doc::InlineKind::Emphasis:
    case doc::InlineKind::Strong:
    case doc::InlineKind::Strikethrough:
    case doc::InlineKind::Superscript:
    case doc::InlineKind::Subscript: {
      auto el = parent.append_child(element_name(in.kind));
      for (const auto& child : in.children) inline_node(child, el);
      break;
    }
    case doc::InlineKind::Link: {
      auto target = parent;
      if (!in_link_) {
        target = parent.append_child("a");
        if (!in.title.empty()) target.append_attribute("title") = xml_text(in.title).c_str();
        link(target, in.url, in.pos);
      }
      ++in_link_;
      for (const auto& child : in.children) inline_node(child, target);
      --in_link_;
      break;
    }
    case doc::InlineKind::Image: {
      HtmlImage img;
      img.src = in.url;
      img.alt = xml_text(doc::plain_text(in.children));
      img.title = xml_text(in.title);
      img.pos = in.pos;
      image(parent, img, in_link_ > 0);
      break;
    }
    case doc::InlineKind::FootnoteRef: footnote_ref(parent, in.number); break;
    case doc::InlineKind::RawHtml: break;  // inlines() sends these to the sanitizer
  }
}

void BodyWriter::footnote(int number, pugi::xml_node parent) {
  if (number < 1 || number > static_cast<int>(doc_.footnotes.size())) return;
  const auto i = static_cast<std::size_t>(number - 1);
  auto aside = parent.append_child("aside");
  if (opts_.epub_types) aside.append_attribute("epub:type") = "footnote";
  aside.append_attribute("role") = "doc-footnote";
  aside.append_attribute("id") = note_ids_[i].c_str();
  aside.append_attribute("class") = "footnote";
  newline(aside);
  ++in_note_;
  blocks(doc_.footnotes[i].blocks, aside);
  --in_note_;
  // The number, linking back, goes in front of the note's first paragraph.
  pugi::xml_node first = aside.find_child([](pugi::xml_node c) { return c.type() == pugi::node_element; });
  if (!first) first = aside.append_child("p");
  else if (std::string_view(first.name()) != "p") first = aside.insert_child_before("p", first);
  const auto label = std::to_string(number) + ".";
  pugi::xml_node mark;
  if (!first_ref_ids_[i].empty()) {
    mark = first.prepend_child("a");
    mark.append_attribute("href") = ("#" + first_ref_ids_[i]).c_str();
    mark.append_attribute("role") = "doc-backlink";
    mark.append_attribute("class") = "footnote-back";
  } else {
    mark = first.prepend_child("span");
    mark.append_attribute("class") = "footnote-number";
  }
  append_text(mark, label);
  first.insert_child_after(pugi::node_pcdata, mark).set_value(" ");
  newline(parent);
}

void BodyWriter::resolve_links() {
  for (auto& p : pending_) {
    const auto id = p.name.empty() ? std::string() : anchors_.find(p.name);
    if (!id.empty()) p.a.append_attribute("href") = ("#" + id).c_str();
  }
  pending_.clear();
}

void BodyWriter::link(pugi::xml_node a, const std::string& href, doc::SourcePos pos) {
  if (href.empty()) return;
  if (href[0] == '#') {
    pending_.push_back({a, href.substr(1)});
    return;
  }
  if (href.starts_with("//")) {
    a.append_attribute("href") = escape_href("https:" + href).c_str();
    return;
  }
  const auto scheme = url_scheme(href);
  if (scheme.empty()) {
    if (opts_.relative_links) a.append_attribute("href") = escape_href(href).c_str();
    else diag_.warn(pos, "link to '" + href + "' leads outside the book; only its text is kept");
    return;
  }
  if (!is_followable_scheme(scheme)) return;
  if (has_valid_host(href)) a.append_attribute("href") = escape_href(href).c_str();
  else diag_.warn(pos, "link to '" + href + "' is not a valid URL; only its text is kept");
}

void BodyWriter::image(pugi::xml_node parent, const HtmlImage& img, bool in_link) {
  const auto target = images_.resolve(img.src, img.pos, diag_);
  const std::string alt = img.alt.empty() ? "[image]" : img.alt;
  switch (target.kind) {
    case ImageTarget::Kind::Embed: {
      auto el = parent.append_child("img");
      el.append_attribute("src") = target.url.c_str();
      el.append_attribute("alt") = img.alt.c_str();
      if (!img.title.empty()) el.append_attribute("title") = img.title.c_str();
      if (!img.width.empty()) el.append_attribute("width") = img.width.c_str();
      if (!img.height.empty()) el.append_attribute("height") = img.height.c_str();
      if (!img.style.empty()) el.append_attribute("style") = img.style.c_str();
      has_images_ = true;
      return;
    }
    case ImageTarget::Kind::Link:
      if (!in_link && has_valid_host(target.url)) {
        auto a = parent.append_child("a");
        a.append_attribute("href") = escape_href(target.url).c_str();
        a.append_attribute("class") = "image-link";
        append_text(a, alt);
        return;
      }
      break;
    case ImageTarget::Kind::Text: break;
  }
  auto span = parent.append_child("span");
  span.append_attribute("class") = "image-alt";
  append_text(span, alt);
}

std::string BodyWriter::id(const std::string& raw) {
  auto id = anchors_.unique(raw);
  anchors_.name(raw, id);
  return id;
}

void BodyWriter::footnote_ref(pugi::xml_node parent, int number) {
  if (number < 1 || number > static_cast<int>(doc_.footnotes.size())) return;
  const auto i = static_cast<std::size_t>(number - 1);
  auto sup = parent.append_child("sup");
  if (in_link_) {
    append_text(sup, std::to_string(number));
    return;
  }
  auto a = sup.append_child("a");
  if (opts_.epub_types) a.append_attribute("epub:type") = "noteref";
  a.append_attribute("role") = "doc-noteref";
  a.append_attribute("href") = ("#" + note_ids_[i]).c_str();
  std::string wanted = "fnref-" + std::to_string(number);
  if (ref_counts_[i] > 0) wanted.append("-").append(std::to_string(ref_counts_[i] + 1));
  const auto ref_id = anchors_.unique(wanted);
  a.append_attribute("id") = ref_id.c_str();
  if (ref_counts_[i]++ == 0) {
    first_ref_ids_[i] = ref_id;
    referenced_.push_back(number);
  }
  append_text(a, std::to_string(number));
}

}  // namespace mdexport
