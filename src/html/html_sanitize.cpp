#include "html/html_sanitize.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "html/html_attributes.hpp"
#include "html/html_document.hpp"
#include "html/html_elements.hpp"
#include "html/url.hpp"
#include "html/xml_names.hpp"

namespace mdexport {
namespace {

// What an element of the output may contain next.
enum class Mode {
  Flow,
  Phrasing,
  List,          // ul, ol: only li
  DefList,       // dl: only dt, dd
  Table,         // table: caption, thead, tbody, tfoot, tr
  TableSection,  // thead, tbody, tfoot: only tr
  Row,           // tr: only td, th
};

struct Context {
  Mode mode;
  bool in_link;
  doc::SourcePos pos;
  Context with(Mode m) const { return {m, in_link, pos}; }
};

bool phrasing_or_flow(Mode m) { return m == Mode::Flow || m == Mode::Phrasing; }

bool is_blank(const char* text) {
  for (; text && *text; ++text)
    if (!std::strchr(" \t\r\n\f", *text)) return false;
  return true;
}

const char* name_of(xmlNodePtr n) { return reinterpret_cast<const char*>(n->name); }

class Sanitizer {
 public:
  explicit Sanitizer(HtmlHooks& hooks) : hooks_(hooks) {}

  void children(xmlNodePtr first, const Context& ctx, pugi::xml_node out, int depth) {
    // libxml2 stops nesting at 256 levels; this bounds our recursion too.
    if (depth > 300) return;
    if (ctx.mode == Mode::List || ctx.mode == Mode::DefList) {
      wrapped_children(first, ctx, out, depth);
      return;
    }
    for (xmlNodePtr n = first; n; n = n->next) node(n, ctx, out, depth);
  }

 private:
  // Lists hold only items: anything else goes into an item of its own.
  void wrapped_children(xmlNodePtr first, const Context& ctx, pugi::xml_node out, int depth) {
    const ElementType item = ctx.mode == Mode::List ? ElementType::ListItem : ElementType::DefItem;
    pugi::xml_node wrapper;
    for (xmlNodePtr n = first; n; n = n->next) {
      if (n->type == XML_TEXT_NODE && is_blank(reinterpret_cast<const char*>(n->content))) continue;
      if (n->type != XML_TEXT_NODE && n->type != XML_ELEMENT_NODE) continue;
      if (n->type == XML_ELEMENT_NODE) {
        const auto& rule = element_rule(name_of(n));
        if (rule.type == ElementType::Drop && !is_void_element(name_of(n))) continue;
        if (rule.type == item) {
          wrapper = {};
          auto el = out.append_child(rule.as);
          copy_attributes(n, rule, el);
          const bool phrasing = std::strcmp(rule.as, "dt") == 0;
          children(n->children, sub(n, ctx, phrasing ? Mode::Phrasing : Mode::Flow), el, depth + 1);
          continue;
        }
      }
      if (!wrapper) wrapper = out.append_child(ctx.mode == Mode::List ? "li" : "dd");
      node(n, ctx.with(Mode::Flow), wrapper, depth + 1);
    }
  }

  // The context for the children of n: a data-mdexport-pos attribute moves
  // the position the hooks report.
  static Context sub(xmlNodePtr n, const Context& ctx, Mode mode) {
    Context c = ctx.with(mode);
    if (xmlChar* p = xmlGetProp(n, BAD_CAST kPosAttribute)) {
      int line = 0, col = 0;
      if (std::sscanf(reinterpret_cast<const char*>(p), "%d:%d", &line, &col) == 2) c.pos = {line, col};
      xmlFree(p);
    }
    return c;
  }

  void node(xmlNodePtr n, const Context& ctx, pugi::xml_node out, int depth) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (phrasing_or_flow(ctx.mode) && n->content) append_text(out, reinterpret_cast<const char*>(n->content));
      return;
    }
    if (n->type != XML_ELEMENT_NODE) return;  // comments, processing instructions, DTDs
    const auto& rule = element_rule(name_of(n));
    const Mode m = ctx.mode;
    const bool text_level = phrasing_or_flow(m);
    if (is_void_element(name_of(n))) {
      if (rule.type == ElementType::Img && text_level) hooks_.image(out, html_image(html_attributes(n), sub(n, ctx, m).pos), ctx.in_link);
      if (rule.type == ElementType::Void && text_level) out.append_child(rule.as);
      if (rule.type == ElementType::Rule && m == Mode::Flow) out.append_child(rule.as);
      children(n->children, ctx, out, depth + 1);
      return;
    }
    switch (rule.type) {
      case ElementType::Drop: return;
      case ElementType::Unwrap: children(n->children, sub(n, ctx, m), out, depth + 1); return;
      case ElementType::NoteRef:
        if (text_level && !ctx.in_link) {
          xmlChar* number = xmlGetProp(n, BAD_CAST "n");
          if (number) hooks_.footnote_ref(out, std::atoi(reinterpret_cast<const char*>(number)));
          xmlFree(number);
        }
        return;
      case ElementType::Img:
      case ElementType::Void:
      case ElementType::Rule:
        return;  // void: handled above
      case ElementType::Inline:
        if (!text_level) break;
        element(n, rule, sub(n, ctx, Mode::Phrasing), out, depth);
        return;
      case ElementType::Anchor: {
        if (!text_level || ctx.in_link) break;
        auto inner = sub(n, ctx, Mode::Phrasing);
        auto a = out.append_child("a");
        copy_attributes(n, rule, a);
        const auto attrs = html_attributes(n);
        if (const auto* href = find_attribute(attrs, "href")) {
          const auto url = trim_space(*href);
          if (!is_forbidden_link(url)) hooks_.link(a, url, inner.pos);
        }
        inner.in_link = true;
        children(n->children, inner, a, depth + 1);
        return;
      }
      case ElementType::Block:
        if (m != Mode::Flow) break;
        element(n, rule, sub(n, ctx, Mode::Flow), out, depth);
        return;
      case ElementType::TextBlock:
        if (m != Mode::Flow) break;
        element(n, rule, sub(n, ctx, Mode::Phrasing), out, depth);
        return;
      case ElementType::List:
        if (m != Mode::Flow) break;
        element(n, rule, sub(n, ctx, Mode::List), out, depth);
        return;
      case ElementType::DefList:
        if (m != Mode::Flow) break;
        element(n, rule, sub(n, ctx, Mode::DefList), out, depth);
        return;
      case ElementType::Table:
        if (m != Mode::Flow) break;
        normalize_table(element(n, rule, sub(n, ctx, Mode::Table), out, depth));
        return;
      case ElementType::TableSection:
        if (m != Mode::Table) break;
        element(n, rule, sub(n, ctx, Mode::TableSection), out, depth);
        return;
      case ElementType::Row:
        if (m != Mode::Table && m != Mode::TableSection) break;
        element(n, rule, sub(n, ctx, Mode::Row), out, depth);
        return;
      case ElementType::Cell: {
        if (m == Mode::Table || m == Mode::TableSection) out = out.append_child("tr");
        else if (m != Mode::Row) break;
        // A th may not hold headings; text-level content keeps it simple.
        const bool header = std::strcmp(rule.as, "th") == 0;
        element(n, rule, sub(n, ctx, header ? Mode::Phrasing : Mode::Flow), out, depth);
        return;
      }
      case ElementType::Caption:
        if (m != Mode::Table) break;
        element(n, rule, sub(n, ctx, Mode::Phrasing), out, depth);
        return;
      case ElementType::Details:
        if (m != Mode::Flow) break;
        details(n, rule, sub(n, ctx, Mode::Flow), out, depth);
        return;
      case ElementType::ListItem:
      case ElementType::DefItem:
      case ElementType::Summary:
        break;
    }
    // Not allowed here: keep the content. Inside text, a block that is
    // dropped still separates words.
    if (m == Mode::Phrasing && rule.type != ElementType::Inline && rule.type != ElementType::Anchor) {
      const auto last = out.last_child();
      if (last && !(last.type() == pugi::node_pcdata && std::string_view(last.value()).ends_with(' ')))
        out.append_child(pugi::node_pcdata).set_value(" ");
    }
    children(n->children, sub(n, ctx, m), out, depth + 1);
  }

  pugi::xml_node element(xmlNodePtr n, const ElementRule& rule, const Context& inner, pugi::xml_node out, int depth) {
    auto el = out.append_child(rule.as);
    copy_attributes(n, rule, el);
    children(n->children, inner, el, depth + 1);
    return el;
  }

  // A summary counts only as the first element of its details.
  void details(xmlNodePtr n, const ElementRule& rule, const Context& inner, pugi::xml_node out, int depth) {
    auto el = out.append_child(rule.as);
    copy_attributes(n, rule, el);
    xmlNodePtr rest = n->children;
    while (rest && rest->type == XML_TEXT_NODE && is_blank(reinterpret_cast<const char*>(rest->content)))
      rest = rest->next;
    if (rest && rest->type == XML_ELEMENT_NODE && element_rule(name_of(rest)).type == ElementType::Summary) {
      auto summary = el.append_child("summary");
      children(rest->children, sub(rest, inner, Mode::Phrasing), summary, depth + 2);
      rest = rest->next;
    }
    children(rest, inner, el, depth + 1);
  }

  // The id goes through the hooks (unique in the book); the rest is kept,
  // mapped or dropped by copy_kept_attributes.
  void copy_attributes(xmlNodePtr n, const ElementRule& rule, pugi::xml_node el) {
    const auto attrs = html_attributes(n);
    const std::string_view out_name = el.name();
    const bool heading = out_name.size() == 2 && out_name[0] == 'h' && out_name[1] >= '1' && out_name[1] <= '6';
    if (const auto target = html_target(n, rule.type == ElementType::Anchor, heading); !target.empty())
      if (auto given = hooks_.id(target); !given.empty()) el.append_attribute("id") = given.c_str();
    copy_kept_attributes(attrs, name_of(n), rule, el);
  }

  // Puts a table's parts in the one order HTML allows: caption, thead, then
  // either rows or row groups, then tfoot. Extra captions are dropped; an
  // extra thead or tfoot becomes a tbody.
  static void normalize_table(pugi::xml_node table) {
    pugi::xml_node caption, thead, tfoot;
    std::vector<pugi::xml_node> body, extra_captions;
    bool has_tbody = false;
    for (auto child = table.first_child(); child; child = child.next_sibling()) {
      const std::string_view name = child.name();
      if (name == "caption") (caption ? extra_captions.push_back(child) : void(caption = child));
      else if (name == "thead" && !thead) thead = child;
      else if (name == "tfoot" && !tfoot) tfoot = child;
      else {
        if (name != "tr") child.set_name("tbody"), has_tbody = true;
        body.push_back(child);
      }
    }
    for (auto c : extra_captions) table.remove_child(c);
    if (caption) table.append_move(caption);
    if (thead) table.append_move(thead);
    pugi::xml_node group;
    for (auto part : body) {
      if (has_tbody && std::string_view(part.name()) == "tr") {
        if (!group) group = table.append_child("tbody");
        group.append_move(part);
      } else {
        group = {};
        table.append_move(part);
      }
    }
    if (tfoot) table.append_move(tfoot);
  }

  HtmlHooks& hooks_;
};

}  // namespace

void append_sanitized_html(std::string_view html, HtmlContext context, bool in_link, doc::SourcePos pos,
                           HtmlHooks& hooks, pugi::xml_node parent) {
  if (html.empty()) return;
  const auto document = parse_html(html);
  if (!document) return;
  const Context ctx{context == HtmlContext::Flow ? Mode::Flow : Mode::Phrasing, in_link, pos};
  Sanitizer(hooks).children(document->children, ctx, parent, 0);
}

}  // namespace mdexport
