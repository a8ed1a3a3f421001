#include "formats/pdf/break_items.hpp"

#include <linebreak.h>

#include <algorithm>
#include <cctype>
#include <mutex>

#include "formats/pdf/font_metrics.hpp"
#include "formats/pdf/hyphenator.hpp"
#include "text/display_width.hpp"
#include "text/utf8.hpp"

namespace mdexport::pdf {
namespace {

// libunibreak 1.1 aborts (an assertion) on the regional indicators that
// make flags, U+1F1E6..U+1F1FF (F0 9F 87 A6..BF). Only for finding break
// opportunities, each becomes U+1F600 (F0 9F 98 80), an emoji of the same
// byte length and a similar line-breaking class, so offsets stay valid.
void hide_regional_indicators(std::string& text) {
  for (std::size_t i = 0; i + 3 < text.size(); ++i)
    if (text[i] == '\xF0' && text[i + 1] == '\x9F' && text[i + 2] == '\x87' &&
        static_cast<unsigned char>(text[i + 3]) >= 0xA6 && static_cast<unsigned char>(text[i + 3]) <= 0xBF) {
      text[i + 2] = '\x98';
      text[i + 3] = '\x80';
      i += 3;
    }
}

// The usual costs (TeX's \hyphenpenalty and \exhyphenpenalty are both 50).
constexpr double kHyphenPenalty = 50;
constexpr double kUrlPenalty = 100;    // inside a URL: allowed, not sought
constexpr double kGraphemePenalty = 0;  // only where nothing else fits anyway
// TeX's interword glue: stretch a half and shrink a third of the space.
constexpr double kStretch = 0.5;
constexpr double kShrink = 1.0 / 3;
// Text written without spaces justifies between its characters: each break
// stretches by a tenth of an em where a space stretches by half its width
// (about xeCJK's \CJKglue), and never shrinks (ideographs set closer than
// their squares look cramped).
constexpr double kCjkStretch = 0.1;

const std::string_view kHyphen = "-";

// Scripts written without spaces between words: Han ideographs, kana,
// bopomofo, CJK punctuation and the fullwidth forms.
bool cjk_char(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3000 && cp <= 0x312F) || (cp >= 0x31F0 && cp <= 0x31FF) ||
         (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

// Whether a break before byte at of text (inside a word) has CJK on either side.
bool cjk_break(std::string_view text, std::size_t at) {
  std::size_t before = at - 1;
  while (before > 0 && is_utf8_continuation(text[before])) --before;
  return cjk_char(next_code_point(text, before)) || cjk_char(next_code_point(text, at));
}

bool url_like(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.starts_with("www.") ||
         word.find('@') != std::string_view::npos || word.find('/') != std::string_view::npos;
}

// Where a URL may break besides UAX #14's places: after a slash (not
// between the two of "//"), and after ? & = _ which separate its parts.
bool url_break_after(std::string_view word, std::size_t i) {
  const char c = word[i], next = i + 1 < word.size() ? word[i + 1] : '\0';
  if (next == '\0' || next == '/') return false;
  return c == '/' || c == '?' || c == '&' || c == '=' || c == '_';
}

bool ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// UAX #14's verdicts on the bytes of text, where they are used: inside its
// words (a break at a space is the space's own). Letters and digits never
// break from each other, so a word of only ASCII ones (most words) is not
// asked about; libunibreak looks up every character's class in a table of
// ranges, 8% of a PDF's time when it read whole paragraphs.
std::vector<char> inner_breaks(const std::string& text, const std::string& lang) {
  static std::once_flag once;
  std::call_once(once, init_linebreak);
  std::vector<char> brks(text.size(), LINEBREAK_NOBREAK);
  for (std::size_t b = 0; b < text.size();) {
    if (text[b] == ' ' || text[b] == '\n') {
      ++b;
      continue;
    }
    std::size_t e = b;
    bool plain = true;
    for (; e < text.size() && text[e] != ' ' && text[e] != '\n'; ++e) plain = plain && ascii_alnum(text[e]);
    if (!plain) set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text.data() + b), e - b, lang.c_str(), brks.data() + b);
    b = e;
  }
  return brks;
}

// A word longer than this is made into items this many bytes at a time,
// cut between graphemes: it is far wider than any line, so it is broken
// between graphemes anyway, and its items at once (two a grapheme) would
// take hundreds of bytes for each byte of it.
constexpr std::size_t kLongWordBytes = 16 * 1024;

// Whether a stretch may end at byte i of text, inside a word: i ends the
// grapheme that starts at the code point before it. Never beside a
// zero-width joiner or a regional indicator, whose clusters depend on
// more than the two code points either side.
bool word_cut(std::string_view text, std::size_t i) {
  if (i == 0 || i >= text.size() || is_utf8_continuation(text[i])) return false;
  std::size_t before = i - 1;
  while (before > 0 && is_utf8_continuation(text[before])) --before;
  auto joining = [&](std::size_t at) {
    const auto rest = text.substr(at);
    return rest.starts_with("\xE2\x80\x8D") || rest.starts_with("\xF0\x9F\x87");
  };
  if (joining(before) || joining(i)) return false;
  return next_grapheme_length(text.substr(before, i + 4 - before)) == i - before;
}

// A forced break: what ends a hard-broken line and the paragraph.
bool ends_line(const Item& it) { return it.kind == ItemKind::Penalty && it.penalty <= -kNever; }

class Builder {
 public:
  Builder(const std::vector<Run>& runs, double width, const Measure& measure, const ItemOptions& opts)
      : runs_(runs), width_(width), measure_(measure), opts_(opts) {}

  // The items of the text from from to to (the paragraph's end with them
  // when last). empty and line_start: whether no item was made before,
  // and whether none was or the last one is a forced break.
  // cut: the text goes on after to without a space (a long word's stretch).
  std::vector<Item> run(TextPos from, TextPos to, bool last, bool empty, bool line_start, bool cut) {
    line_start_ = line_start;
    // UAX #14 over the whole stretch, so that runs' edges are judged in
    // context; a hard break is a newline there.
    struct Slice {
      std::size_t run, begin, end, in_all;  // runs[run].text[begin, end) is all[in_all...]
    };
    std::string all;
    std::vector<Slice> slices;
    for (std::size_t r = from.run; r < runs_.size() && r <= to.run; ++r) {
      const std::string& t = runs_[r].text;
      const std::size_t b = r == from.run ? from.at : 0, e = r == to.run ? to.at : t.size();
      slices.push_back({r, b, e, all.size()});
      all += runs_[r].line_break ? std::string_view("\n") : std::string_view(t).substr(b, e - b);
    }
    hide_regional_indicators(all);
    const auto brks = inner_breaks(all, opts_.lang);

    for (const auto& s : slices) {
      const std::size_t r = s.run;
      if (runs_[r].line_break) {
        end_line(r);
        continue;
      }
      const std::string_view t = runs_[r].text;
      for (std::size_t i = s.begin; i < s.end;) {
        std::size_t n = 0;
        const bool space = t[i] == ' ';
        while (i + n < s.end && (t[i + n] == ' ') == space) ++n;
        const std::size_t at = s.in_all + (i - s.begin);
        if (space) glue(r, t.substr(i, n));
        else word(r, t.substr(i, n), &brks[at], all, at);
        i += n;
      }
    }
    // A hard break at the very end adds no empty line.
    if (last && ((empty && items_.empty()) || !at_line_start())) end_line(runs_.empty() ? 0 : runs_.size() - 1);
    split_overwide();
    // A line may end where a long word was cut, as between its other graphemes.
    if (cut && !items_.empty() && items_.back().kind == ItemKind::Box) {
      Item p{ItemKind::Penalty, to.run, {}};
      p.penalty = kGraphemePenalty;
      items_.push_back(p);
    }
    return std::move(items_);
  }

 private:
  bool at_line_start() const { return items_.empty() ? line_start_ : ends_line(items_.back()); }

  void glue(std::size_t r, std::string_view text) {
    if (at_line_start()) return;  // leading spaces are dropped
    Item g{ItemKind::Glue, r, text, measure_(runs_[r].style, text)};
    // Code keeps its spaces as they are: monospace alignment means something.
    if (opts_.justify && !runs_[r].style.code) {
      g.stretch = g.width * kStretch;
      g.shrink = g.width * kShrink;
    }
    items_.push_back(g);
  }

  // A break between characters of CJK text that may widen to justify the
  // line; a line ends there as at a penalty of 0.
  void cjk_glue(std::size_t r) {
    Item g{ItemKind::Glue, r, {}};
    g.stretch = runs_[r].style.size * kCjkStretch;
    items_.push_back(g);
  }

  void penalty(std::size_t r, double cost, bool hyphen) {
    Item p{ItemKind::Penalty, r, hyphen ? kHyphen : std::string_view()};
    p.width = hyphen ? measure_(runs_[r].style, kHyphen) : 0;
    p.penalty = cost;
    p.flagged = hyphen;
    items_.push_back(p);
  }

  void box(std::size_t r, std::string_view text) {
    if (text.empty()) return;
    items_.push_back(Item{ItemKind::Box, r, text, measure_(runs_[r].style, text)});
  }

  // The whole non-space stretch around [at, at + len) in all: URLs are
  // recognised on the word, which may run across styles.
  static std::string_view whole_word(const std::string& all, std::size_t at, std::size_t len) {
    std::size_t b = at, e = at + len;
    while (b > 0 && all[b - 1] != ' ' && all[b - 1] != '\n') --b;
    while (e < all.size() && all[e] != ' ' && all[e] != '\n') ++e;
    return std::string_view(all).substr(b, e - b);
  }

  // A word (no spaces) of run r; brks are UAX #14's verdicts on its bytes.
  void word(std::size_t r, std::string_view w, const char* brks, const std::string& all, std::size_t at) {
    const auto& style = runs_[r].style;
    const bool url = url_like(whole_word(all, at, w.size()));
    const bool hyphenate = opts_.hyphenator && !style.code && !url && !style.superscript && !style.subscript &&
                           !style.framed;
    std::size_t start = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
      // After the last byte only when the next run goes on without a space
      // (CJK text across styles); the break at a space is the space's own.
      const std::size_t next = at + i + 1;
      if (i + 1 == w.size() && (next >= all.size() || all[next] == ' ' || all[next] == '\n')) break;
      const bool uax = brks[i] == LINEBREAK_ALLOWBREAK;
      const bool in_url = url && !style.code && i + 1 < w.size() && url_break_after(w, i);
      if (!uax && !in_url) continue;
      segment(r, w.substr(start, i + 1 - start), hyphenate);
      // After a hyphen the line ends with it: a flagged break, as in TeX.
      const bool after_hyphen = w[i] == '-' || (i >= 2 && w.substr(i - 2, 3) == "\xE2\x80\x90");
      if (url) penalty(r, kUrlPenalty, false);
      else if (after_hyphen) {
        penalty(r, kHyphenPenalty, false);
        items_.back().flagged = true;
      } else if (opts_.justify && !style.code && cjk_break(all, next)) {
        cjk_glue(r);
      } else penalty(r, 0, false);
      start = i + 1;
    }
    segment(r, w.substr(start), hyphenate);
  }

  // Text with no UAX #14 break inside: hyphenation points split it.
  void segment(std::size_t r, std::string_view text, bool hyphenate) {
    if (!hyphenate) return box(r, text);
    // Punctuation around the word is not part of it: "(example)," hyphenates.
    std::size_t b = 0, e = text.size();
    while (b < e && static_cast<unsigned char>(text[b]) < 0x80 && !std::isalpha(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && static_cast<unsigned char>(text[e - 1]) < 0x80 && !std::isalpha(static_cast<unsigned char>(text[e - 1])))
      --e;
    const auto& points = opts_.hyphenator->points(text.substr(b, e - b));
    std::size_t from = 0;
    for (const auto p : points) {
      box(r, text.substr(from, b + p - from));
      penalty(r, kHyphenPenalty, true);
      from = b + p;
    }
    box(r, text.substr(from));
  }

  void end_line(std::size_t r) {
    while (!items_.empty() && items_.back().kind == ItemKind::Glue) items_.pop_back();  // trailing spaces
    Item fill{ItemKind::Glue, r, {}};
    fill.fill = true;
    items_.push_back(fill);
    Item force{ItemKind::Penalty, r, {}};
    force.penalty = -kNever;
    items_.push_back(force);
  }

  // Unbreakable stretches (consecutive boxes) wider than the line get a
  // break between every two graphemes.
  void split_overwide() {
    bool any = false;
    for (std::size_t i = 0; i < items_.size() && !any;) {
      double w = 0;
      std::size_t j = i;
      while (j < items_.size() && items_[j].kind == ItemKind::Box) w += items_[j++].width;
      any = w > width_;
      i = j == i ? i + 1 : j;
    }
    if (!any) return;
    std::vector<Item> out;
    for (std::size_t i = 0; i < items_.size();) {
      double w = 0;
      std::size_t j = i;
      while (j < items_.size() && items_[j].kind == ItemKind::Box) w += items_[j++].width;
      if (j == i) {
        out.push_back(items_[i++]);
        continue;
      }
      for (std::size_t k = i; k < j; ++k) {
        if (w <= width_) {
          out.push_back(items_[k]);
          continue;
        }
        std::string_view rest = items_[k].text;
        const auto& style = runs_[items_[k].run].style;
        while (!rest.empty()) {
          const auto n = std::max<std::size_t>(1, next_grapheme_length(rest));
          if (!out.empty() && out.back().kind == ItemKind::Box) {
            Item p{ItemKind::Penalty, items_[k].run, {}};
            p.penalty = kGraphemePenalty;
            out.push_back(p);
          }
          out.push_back(Item{ItemKind::Box, items_[k].run, rest.substr(0, n), measure_(style, rest.substr(0, n))});
          rest.remove_prefix(n);
        }
      }
      i = j;
    }
    items_ = std::move(out);
  }

  const std::vector<Run>& runs_;
  double width_;
  const Measure& measure_;
  const ItemOptions& opts_;
  std::vector<Item> items_;
  bool line_start_ = true;  // of the items before these: none, or a forced break last
};

}  // namespace

std::vector<Item> make_items(const std::vector<Run>& runs, double width, const Measure& measure,
                             const ItemOptions& opts) {
  std::vector<Item> items;
  ItemStream(runs, width, measure, opts).next(items, static_cast<std::size_t>(-1));
  return items;
}

TextPos ItemStream::stretch_end(std::size_t bytes) const {
  std::size_t seen = 0;  // bytes of the stretch before i
  std::size_t word = 0;  // of them, since the last space or hard break
  for (std::size_t r = pos_.run; r < runs_.size(); ++r) {
    const std::string& t = runs_[r].text;
    if (runs_[r].line_break) word = 0;
    std::size_t i = r == pos_.run ? pos_.at : 0;
    if (const std::size_t n = t.size() - i; seen + n < bytes && word + n <= kLongWordBytes) {
      // Neither a stretch's end nor a long word in the rest of this run.
      const auto last = t.rfind(' ');
      word = last == std::string::npos || last < i ? word + n : t.size() - last - 1;
      seen += n;
      continue;
    }
    while (i < t.size()) {
      const std::size_t space = std::min(t.find(' ', i), t.size());
      // kLongWordBytes into a word, a place between two of its graphemes.
      if (word + (space - i) > kLongWordBytes)
        for (std::size_t c = i + (kLongWordBytes > word ? kLongWordBytes - word : 0); c < space; ++c)
          if (word_cut(t, c)) return {r, c};
      seen += space - i;
      word += space - i;
      if (space == t.size()) break;
      // A space after a word: a glue starts here, the word's last item is
      // not glue, and neither looks past the other.
      if (seen >= bytes && space > 0 && t[space - 1] != ' ') return {r, space};
      word = 0;
      ++seen;
      i = space + 1;
    }
  }
  return {runs_.size(), 0};
}

bool ItemStream::next(std::vector<Item>& out, std::size_t bytes) {
  if (done_) return false;
  const TextPos to = stretch_end(std::max<std::size_t>(bytes, 1));
  done_ = to.run == runs_.size();
  const bool cut = !done_ && runs_[to.run].text[to.at] != ' ';
  auto items = Builder(runs_, width_, measure_, opts_).run(pos_, to, done_, empty_, line_start_, cut);
  pos_ = to;
  if (!items.empty()) {
    empty_ = false;
    line_start_ = ends_line(items.back());
  }
  if (out.empty()) out = std::move(items);
  else out.insert(out.end(), items.begin(), items.end());
  return true;
}

}  // namespace mdexport::pdf
