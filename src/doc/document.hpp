#pragma once
#include <string>
#include <vector>

#include "doc/metadata.hpp"

// Our own document tree: what the reader produces and every writer consumes.
// Writers never see cmark-gfm; this is the only contract between them.
namespace doc {

// 1-based line and byte column in the input file; 0 when unknown.
struct SourcePos {
  int line = 0;
  int column = 0;
};

enum class InlineKind {
  Text,         // text
  SoftBreak,    // a line ending inside a paragraph
  LineBreak,    // a hard line break
  Code,         // text
  Emphasis,     // children
  Strong,       // children
  Strikethrough,// children
  Superscript,  // children; only from raw HTML's <sup>, in the writers that draw no HTML
  Subscript,    // children; from <sub>, likewise
  Link,         // children, url, title; url "#id" targets a heading id
  Image,        // children = alt text, url, title; width, height from raw HTML
  FootnoteRef,  // number (1-based index into Document::footnotes)
  RawHtml,      // text: one tag or fragment as written
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  // Image from raw HTML: the width and height its attributes ask for, in
  // CSS pixels; 0 for the picture's own (then scaled as the other is).
  int width = 0;
  std::string text;
  std::string url;
  std::string title;
  int number = 0;
  int height = 0;
  std::vector<Inline> children;
  SourcePos pos;
};

enum class BlockKind {
  Paragraph,      // inlines
  Heading,        // inlines, level 1-6, id
  CodeBlock,      // text (verbatim, ends with '\n'), info
  HtmlBlock,      // text: raw HTML as written
  BlockQuote,     // children
  List,           // children (ListItem), ordered, start, tight
  ListItem,       // children, task
  ThematicBreak,
  Table,          // table
};

enum class Task { None, Open, Done };
enum class Align { None, Left, Center, Right };

using Inlines = std::vector<Inline>;

struct Table {
  std::vector<Align> align;             // one per column
  std::vector<std::vector<Inlines>> rows;  // rows[0] is the header row
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  Inlines inlines;
  std::vector<Block> children;
  int level = 0;
  std::string id;
  std::string text;
  std::string info;
  bool ordered = false;
  bool tight = false;
  int start = 1;
  Task task = Task::None;
  Table table;
  SourcePos pos;
};

struct Footnote {
  std::string label;            // its number, as text
  std::vector<Block> blocks;
};

struct Document {
  Metadata meta;
  std::vector<Block> blocks;
  std::vector<Footnote> footnotes;  // in order of first reference
};

// An inline of the given kind holding text and nothing else.
Inline inline_of(InlineKind kind, std::string text = {});

// Concatenated text of inlines, without markup: for alt text, titles, ids.
std::string plain_text(const Inlines& inlines);

// True when inlines hold raw HTML at any depth.
bool has_raw_html(const Inlines& inlines);

}  // namespace doc
