#include "markdown/front_matter.hpp"

#include <yaml.h>

#include <memory>

#include "markdown/yaml_limits.hpp"

namespace mdexport {
namespace {

bool is_fence(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == fence;
}

// A loaded YAML document. Scalars are their text; a plain ~, null or empty
// scalar is YAML's null: no value at all.
// Aliases let a few bytes name a large node many times, so every byte taken
// out of the document and every pair searched is spent from a budget that
// plain YAML (no aliases) never exhausts; past it, Error.
class Yaml {
 public:
  Yaml(yaml_document_t* document, std::size_t budget, const Diagnostics& diag)
      : document_(document), budget_(budget), diag_(diag) {}

  yaml_node_t* root() const { return yaml_document_get_root_node(document_); }
  yaml_node_t* node(int index) const { return yaml_document_get_node(document_, index); }

  static bool is_null(const yaml_node_t* node) {
    if (!node) return true;
    if (node->type != YAML_SCALAR_NODE || node->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) return false;
    const auto text = scalar(node);
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
  }
  static bool is_scalar(const yaml_node_t* node) { return node && node->type == YAML_SCALAR_NODE && !is_null(node); }
  static std::string_view scalar(const yaml_node_t* node) {
    return {reinterpret_cast<const char*>(node->data.scalar.value), node->data.scalar.length};
  }
  // A scalar's text, copied and paid for.
  std::string take(const yaml_node_t* node) const {
    spend(node->data.scalar.length);
    return std::string(scalar(node));
  }
  void spend(std::size_t n) const {
    if (n > budget_) throw diag_.error({2, 1}, "front matter expands to too much text (aliases?)");
    budget_ -= n;
  }

  // The value under a key of a mapping; nullptr when absent.
  yaml_node_t* find(const yaml_node_t* map, std::string_view key) const {
    for (auto* pair = map->data.mapping.pairs.start; pair < map->data.mapping.pairs.top; ++pair) {
      spend(1);
      const auto* k = node(pair->key);
      if (is_scalar(k) && scalar(k) == key) return node(pair->value);
    }
    return nullptr;
  }

  // A node as one line of flow YAML ("[a, b]", "{a: 1}"). Aliases can make
  // a small document a huge tree, so the text stops at a size.
  std::string flow_text(const yaml_node_t* n) const {
    std::string out;
    append_flow(n, out, 0);
    spend(out.size());
    return out;
  }

 private:
  static constexpr std::size_t kMaxFlowText = 4096;
  static constexpr int kMaxDepth = 32;

  static bool full(const std::string& out) { return out.size() > kMaxFlowText; }

  static void append_scalar(std::string_view text, std::string& out) {
    const bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ' &&
                       text.find_first_of(",[]{}:#\"'\\\n") == std::string_view::npos;
    if (plain) {
      out += text;
      return;
    }
    out += '"';
    for (const char c : text) {
      if (c == '"' || c == '\\') out += '\\';
      if (c == '\n') out += "\\n";
      else out += c;
    }
    out += '"';
  }

  void append_flow(const yaml_node_t* n, std::string& out, int depth) const {
    if (full(out) || depth > kMaxDepth) return;
    if (is_null(n)) {
      out += '~';
    } else if (n->type == YAML_SCALAR_NODE) {
      append_scalar(scalar(n), out);
    } else if (n->type == YAML_SEQUENCE_NODE) {
      out += '[';
      // Past the size, the rest of a list is left out (an alias may name it
      // many times).
      for (auto* item = n->data.sequence.items.start; item < n->data.sequence.items.top && !full(out); ++item) {
        if (item != n->data.sequence.items.start) out += ", ";
        append_flow(node(*item), out, depth + 1);
      }
      out += ']';
    } else {
      out += '{';
      for (auto* pair = n->data.mapping.pairs.start; pair < n->data.mapping.pairs.top && !full(out); ++pair) {
        if (pair != n->data.mapping.pairs.start) out += ", ";
        append_flow(node(pair->key), out, depth + 1);
        out += ": ";
        append_flow(node(pair->value), out, depth + 1);
      }
      out += '}';
    }
  }

  yaml_document_t* document_;
  mutable std::size_t budget_;
  const Diagnostics& diag_;
};

std::string scalar_text(const Yaml& yaml, const yaml_node_t* node) {
  return Yaml::is_scalar(node) ? yaml.take(node) : yaml.flow_text(node);
}

std::vector<std::string> string_list(const Yaml& yaml, const yaml_node_t* node) {
  std::vector<std::string> items;
  if (node && node->type == YAML_SEQUENCE_NODE) {
    for (auto* item = node->data.sequence.items.start; item < node->data.sequence.items.top; ++item) {
      const auto* entry = yaml.node(*item);
      const auto* name = entry->type == YAML_MAPPING_NODE ? yaml.find(entry, "name") : nullptr;
      items.push_back(scalar_text(yaml, name ? name : entry));
    }
  } else if (Yaml::is_scalar(node) && !Yaml::scalar(node).empty()) {
    items.push_back(yaml.take(node));
  }
  return items;
}

void apply(const std::string& key, const Yaml& yaml, const yaml_node_t* value, doc::Metadata& meta) {
  if (key == "author" || key == "authors") meta.authors = string_list(yaml, value);
  else if (key == "keywords" || key == "tags") meta.keywords = string_list(yaml, value);
  else if (Yaml::is_scalar(value)) meta.set(key, yaml.take(value));
  else if (!Yaml::is_null(value)) meta.extra[key] = yaml.flow_text(value);
}

struct ParserDeleter {
  void operator()(yaml_parser_t* p) const {
    yaml_parser_delete(p);
    delete p;
  }
};
struct DocumentDeleter {
  void operator()(yaml_document_t* d) const {
    yaml_document_delete(d);
    delete d;
  }
};

}  // namespace

FrontMatter read_front_matter(std::string_view text, const Diagnostics& diag) {
  FrontMatter result;
  result.body = text;
  const auto first_end = text.find('\n');
  if (first_end == std::string_view::npos || !is_fence(text.substr(0, first_end), "---")) return result;

  // Find the closing fence; without one this is not front matter but a
  // thematic break, as GitHub treats it.
  std::size_t pos = first_end + 1;
  int line = 2;
  std::size_t yaml_end = std::string_view::npos;
  std::size_t body_start = text.size();
  while (pos < text.size()) {
    const auto end = text.find('\n', pos);
    const auto this_line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (is_fence(this_line, "---") || is_fence(this_line, "...")) {
      yaml_end = pos;
      body_start = end == std::string_view::npos ? text.size() : end + 1;
      break;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  if (yaml_end == std::string_view::npos) return result;

  const auto yaml_text = text.substr(first_end + 1, yaml_end - first_end - 1);
  check_yaml_limits(yaml_text, 2, diag);
  std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
  if (!yaml_parser_initialize(parser.get())) throw diag.error({2, 1}, "invalid front matter: out of memory");
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(yaml_text.data()),
                               yaml_text.size());
  std::unique_ptr<yaml_document_t, DocumentDeleter> document(new yaml_document_t);
  if (!yaml_parser_load(parser.get(), document.get())) {
    const auto& p = *parser;
    std::string message = p.problem ? p.problem : "unreadable YAML";
    if (p.context) message += std::string(" (") + p.context + ")";
    throw diag.error({static_cast<int>(p.problem_mark.line) + 2, static_cast<int>(p.problem_mark.column) + 1},
                     "invalid front matter: " + message);
  }
  // Without aliases, what is taken is at most the text, twice over where
  // flow_text escapes every character.
  const Yaml yaml(document.get(), 2 * yaml_text.size() + 65536, diag);
  const auto* root = yaml.root();
  // Valid YAML that is not a mapping ("---\nFoo\n---") is Markdown: a
  // thematic break and a setext heading, as CommonMark and GitHub read it.
  if (!Yaml::is_null(root) && root->type != YAML_MAPPING_NODE) return result;
  if (root && root->type == YAML_MAPPING_NODE) {
    for (auto* pair = root->data.mapping.pairs.start; pair < root->data.mapping.pairs.top; ++pair) {
      const auto* key = yaml.node(pair->key);
      if (Yaml::is_scalar(key)) apply(yaml.take(key), yaml, yaml.node(pair->value), result.meta);
    }
  }
  result.body = text.substr(body_start);
  result.body_first_line = line + 1;
  return result;
}

}  // namespace mdexport
