#include "formats/pdf/hyphen_patterns.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/diagnostics.hpp"
#include "util/read_file.hpp"

namespace mdexport::pdf {
namespace {

// The file read the way libhyphen's fgets loop reads it, so that the same
// bytes make the same lines: at most size - 1 bytes, through a line end (a
// longer line goes on as the next piece).
class LineReader {
 public:
  explicit LineReader(std::string text) : text_(std::move(text)) {}

  // The next piece, or false at the end. out stays valid while the reader does.
  bool next(std::size_t size, std::string_view& out) {
    if (at_ >= text_.size()) return false;
    const auto nl = text_.find('\n', at_);
    const std::size_t through = nl == std::string::npos ? text_.size() : nl + 1;
    const std::size_t end = std::min(through, at_ + size - 1);
    out = std::string_view(text_).substr(at_, end - at_);
    at_ = end;
    return true;
  }

  std::size_t left() const { return text_.size() - at_; }

 private:
  std::string text_;
  std::size_t at_ = 0;
};

char* copy(std::string_view s) {
  auto* out = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(out, s.data(), s.size());
  out[s.size()] = '\0';
  return out;
}

// (state, letter) -> the state that transition leads to, for walking the
// trie: one open-addressed table instead of a search through each state's
// transitions (the start state has one per letter). Eight bytes a slot, up
// to three quarters full: the 2 MB table this replaced, zeroed and touched
// throughout, made loading hyph_en_US 1.4 ms slower (one core), though its
// instructions were few.
class Children {
 public:
  // States are numbered below this (a state needs a byte of the file).
  static constexpr std::size_t kMaxStates = std::size_t{1} << 24;

  Children() { grow(1024); }

  void reserve(std::size_t size) {
    if (full(size)) grow(std::bit_ceil(size + size / 3 + 1));
  }

  int find(int state, char ch) const {
    const std::uint32_t k = key(state, ch);
    for (std::size_t i = slot(k);; i = (i + 1) & mask_) {
      if (slots_[i].key == k) return slots_[i].to;
      if (slots_[i].key == 0) return -1;
    }
  }

  // REQUIRES: find(state, ch) < 0.
  void add(int state, char ch, int to) {
    if (full(size_ + 1)) grow(2 * slots_.size());
    place(key(state, ch), to);
    ++size_;
  }

 private:
  struct Slot {
    std::uint32_t key;  // 0: empty
    int to;
  };

  bool full(std::size_t size) const { return 4 * size > 3 * slots_.size(); }
  // REQUIRES: state < kMaxStates - 1.
  static std::uint32_t key(int state, char ch) {
    return (static_cast<std::uint32_t>(state) << 8 | static_cast<unsigned char>(ch)) + 1;
  }
  std::size_t slot(std::uint32_t k) const { return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15u) >> shift_); }

  void place(std::uint32_t k, int to) {
    std::size_t i = slot(k);
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{k, to};
  }

  // REQUIRES: capacity is a power of 2.
  void grow(std::size_t capacity) {
    auto old = std::exchange(slots_, std::vector<Slot>(capacity));  // zeroed: empty
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
    for (const auto& s : old)
      if (s.key != 0) place(s.key, s.to);
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0, mask_ = 0;
  int shift_ = 64;
};

// One level of the automaton: a state per prefix of a pattern's letters,
// numbered in the order libhyphen numbers them.
class Level {
 public:
  Level(const char* cset, bool utf8) : dict_(static_cast<HyphenDict*>(std::calloc(1, sizeof(HyphenDict)))) {
    std::strncpy(dict_->cset, cset, MAX_NAME - 1);
    dict_->utf8 = utf8;
    new_states(1);  // "", where every word starts
  }
  Level(const Level&) = delete;
  Level& operator=(const Level&) = delete;
  ~Level() {
    if (dict_) std::free(dict_->nohyphen);
    std::free(dict_);
  }

  // Room for the states and transitions of a level read from this many
  // bytes, as growing copies them: the dictionaries have a state per 3.9
  // (de_DE) to 6.8 (en_US) bytes. The vectors' untouched room costs
  // nothing; the table is zeroed, so it gets what the sparsest needs.
  void reserve(std::size_t bytes) {
    const std::size_t states = bytes / 3;
    nodes_.reserve(states);
    pool_.reserve(bytes);
    edges_.reserve(states);
    children_.reserve(bytes / 6);
  }

  // REQUIRES: buf.size() < MAX_CHARS, as libhyphen reads lines.
  void line(std::string_view buf) {
    if (keyword(buf)) return;
    std::optional<std::string> repl;
    signed char index = 0, cut = 0;
    const auto slash = buf.find('/');
    if (slash != std::string::npos) {
      std::string r(buf.substr(slash + 1));
      buf = buf.substr(0, slash);
      const auto comma = r.find(',');
      if (comma != std::string::npos) {
        const auto comma2 = r.find(',', comma + 1);
        if (comma2 != std::string::npos) {
          index = static_cast<signed char>(std::atoi(r.c_str() + comma + 1) - 1);
          cut = static_cast<signed char>(std::atoi(r.c_str() + comma2 + 1));
        }
        r.resize(comma);
      } else {
        while (!r.empty() && (r.back() == '\n' || r.back() == '\r')) r.pop_back();
        cut = static_cast<signed char>(buf.size());
      }
      repl = std::move(r);
    }
    // The letters, and the digit before each letter and after the last
    // ('0' where there is none).
    std::array<char, MAX_CHARS> letters;
    std::array<char, MAX_CHARS + 1> digits;
    std::size_t n = 0;
    digits[0] = '0';
    for (std::size_t i = 0; i < buf.size() && static_cast<unsigned char>(buf[i]) > ' '; ++i) {
      if (buf[i] >= '0' && buf[i] <= '9') {
        digits[n] = buf[i];
      } else {
        letters[n++] = buf[i];
        digits[n] = '0';
      }
    }
    const std::string_view word(letters.data(), n), pattern(digits.data(), n + 1);
    std::size_t skip = 0;
    if (!repl) {
      while (skip < pattern.size() && pattern[skip] == '0') ++skip;
    } else {
      if (!word.empty() && word[0] == '.') ++skip;
      if (dict_->utf8) utf8_replacement_offsets(word, index, cut);
    }
    // The longest prefix of the letters already a state; libhyphen then
    // numbers the new states from the whole word back to that prefix, each
    // leading to the next. The files come mostly sorted, so the walk
    // starts after the letters this word shares with the last one.
    const std::string_view last(last_word_.data(), last_size_);
    std::size_t known = static_cast<std::size_t>(std::mismatch(word.begin(), word.end(), last.begin(), last.end()).first - word.begin());
    int node = path_[known];
    for (int step; known < word.size() && (step = children_.find(node, word[known])) >= 0; ++known) {
      node = step;
      path_[known + 1] = step;
    }
    int s = node;
    if (known < word.size()) {
      const int first = static_cast<int>(nodes_.size());
      const auto added = word.size() - known;
      new_states(added);
      s = first;
      for (std::size_t j = word.size(); j > known; --j) {
        const int from = j - 1 == known ? node : first + static_cast<int>(word.size() - (j - 1));
        const int to = first + static_cast<int>(word.size() - j);
        children_.add(from, word[j - 1], to);
        edges_.push_back(Edge{from, HyphenTrans{word[j - 1], to}});
        ++nodes_[static_cast<std::size_t>(from)].num_trans;
        path_[j] = to;
      }
    }
    std::copy(word.begin(), word.end(), last_word_.begin());
    last_size_ = word.size();
    Node& st = nodes_[static_cast<std::size_t>(s)];
    st.match_at = store(pattern.substr(skip));
    st.repl_at = repl ? store(*repl) : 0;
    st.replindex = index;
    st.replcut = cut ? cut : static_cast<signed char>(word.size());
  }

  // Hands the level over: its states, transitions and strings in one
  // block, dict->states (see free_hyphen_patterns).
  HyphenDict* finish() {
    const std::size_t states_bytes = nodes_.size() * sizeof(HyphenState);
    const std::size_t trans_bytes = edges_.size() * sizeof(HyphenTrans);
    auto* block = static_cast<char*>(std::malloc(states_bytes + trans_bytes + pool_.size()));
    const std::span states(reinterpret_cast<HyphenState*>(block), nodes_.size());
    auto* trans = reinterpret_cast<HyphenTrans*>(block + states_bytes);
    char* pool = block + states_bytes + trans_bytes;
    std::memcpy(pool, pool_.data(), pool_.size());
    // Each state's transitions in the order they were added, side by side
    // (line() counted them).
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const Node& n = nodes_[i];
      states[i] = HyphenState{n.match_at ? pool + n.match_at - 1 : nullptr, n.repl_at ? pool + n.repl_at - 1 : nullptr,
                              n.replindex, n.replcut, -1, 0, n.num_trans > 0 ? trans : nullptr};
      trans += n.num_trans;
    }
    for (const auto& e : edges_) {
      auto& st = states[static_cast<std::size_t>(e.from)];
      st.trans[st.num_trans++] = e.t;
    }
    // A state falls back to the state of its longest proper suffix (what
    // libhyphen finds by looking every suffix up). The states are every
    // prefix of the patterns, a trie, so Aho and Corasick's breadth-first
    // walk finds them all in linear time: a child's suffix is its parent's
    // fallback followed by the child's letter, else that one's fallback...
    std::vector<int> queue{0};
    queue.reserve(states.size());
    for (std::size_t next = 0; next < queue.size(); ++next) {
      const int parent = queue[next];
      const auto& p = states[static_cast<std::size_t>(parent)];
      for (const auto& t : std::span(p.trans, static_cast<std::size_t>(p.num_trans))) {
        int f = parent == 0 ? -1 : p.fallback_state;
        int to = 0;
        for (; f >= 0; f = states[static_cast<std::size_t>(f)].fallback_state) {
          const int next_state = children_.find(f, t.ch);
          if (next_state >= 0) {
            to = next_state;
            break;
          }
        }
        states[static_cast<std::size_t>(t.new_state)].fallback_state = to;
        queue.push_back(t.new_state);
      }
    }
    dict_->num_states = static_cast<int>(states.size());
    dict_->states = states.data();
    HyphenDict* out = dict_;
    dict_ = nullptr;
    return out;
  }

 private:
  // A state while the level is read: its strings kept in the pool, as
  // store() returned them (0: none).
  struct Node {
    std::uint32_t match_at = 0, repl_at = 0;
    int num_trans = 0;
    signed char replindex = 0, replcut = 0;
  };

  void new_states(std::size_t count) { nodes_.resize(nodes_.size() + count); }

  // s kept in the pool, NUL-terminated: where it starts, plus one.
  std::uint32_t store(std::string_view s) {
    const auto at = static_cast<std::uint32_t>(pool_.size() + 1);
    pool_.append(s);
    pool_.push_back('\0');
    return at;
  }

  bool keyword(std::string_view buf) {
    const auto number = [&buf](std::size_t at) { return static_cast<char>(std::atoi(std::string(buf.substr(at)).c_str())); };
    if (buf.starts_with("LEFTHYPHENMIN")) dict_->lhmin = number(13);
    else if (buf.starts_with("RIGHTHYPHENMIN")) dict_->rhmin = number(14);
    else if (buf.starts_with("COMPOUNDLEFTHYPHENMIN")) dict_->clhmin = number(21);
    else if (buf.starts_with("COMPOUNDRIGHTHYPHENMIN")) dict_->crhmin = number(22);
    else if (buf.starts_with("NOHYPHEN")) nohyphen(buf);
    else return false;
    return true;
  }

  // "NOHYPHEN ',-": sequences never hyphenated at, stored as libhyphen
  // does: the last byte (the line end) cut, commas after the first byte
  // turned into separators and counted.
  void nohyphen(std::string_view buf) {
    std::size_t at = 8;
    while (at < buf.size() && (buf[at] == ' ' || buf[at] == '\t')) ++at;
    std::string list(buf.substr(at));
    if (list.empty()) return;
    list.pop_back();
    for (std::size_t i = list.size(); i-- > 1;)
      if (list[i] == ',') {
        list[i] = '\0';
        ++dict_->nohyphenl;
      }
    std::free(dict_->nohyphen);
    dict_->nohyphen = copy(list);
  }

  // A replacement's start and length count characters; the automaton
  // counts bytes.
  static void utf8_replacement_offsets(std::string_view word, signed char& index, signed char& cut) {
    const bool dot = !word.empty() && word[0] == '.';
    int chars = -1, start = -1;
    for (std::size_t at = dot ? 1 : 0; at < word.size() + 1; ++at) {
      const auto byte = at < word.size() ? static_cast<unsigned char>(word[at]) : 0;
      if ((byte >> 6) != 2) ++chars;
      if (start < 0 && index == chars) {
        start = index;
        index = static_cast<signed char>(at);
      }
      if (start >= 0 && chars - start == cut) {
        cut = static_cast<signed char>(at - static_cast<std::size_t>(index));
        break;
      }
    }
    if (dot) --index;
  }

  HyphenDict* dict_;
  std::vector<Node> nodes_;
  std::string pool_;
  // Every transition, in the order libhyphen adds them.
  struct Edge {
    int from;
    HyphenTrans t;
  };
  std::vector<Edge> edges_;
  Children children_;
  // The letters of the last pattern, and the state after each of its
  // prefixes (path_[0], the start state, for none).
  std::array<char, MAX_CHARS> last_word_;
  std::size_t last_size_ = 0;
  std::array<int, MAX_CHARS> path_{};
};

// Reads one level's lines; true when the file goes on to a NEXTLEVEL.
bool read_level(LineReader& in, Level& level) {
  level.reserve(in.left());
  std::string_view buf;
  while (in.next(MAX_CHARS, buf)) {
    if (buf.starts_with("NEXTLEVEL")) return true;
    if (buf[0] != '%') level.line(buf);
  }
  return false;
}

}  // namespace

HyphenDict* load_hyphen_patterns(const std::string& file) {
  std::string text;
  try {
    text = read_file(file);
  } catch (const Error&) {
    return nullptr;
  }
  if (text.size() >= Children::kMaxStates) return nullptr;
  LineReader in(std::move(text));
  std::string_view first_line;
  in.next(MAX_NAME, first_line);
  const std::string cset(first_line.substr(0, first_line.find_first_of("\r\n")));
  const bool utf8 = cset == "UTF-8";

  Level first(cset.c_str(), utf8);
  Level second(cset.c_str(), utf8);
  if (read_level(in, first)) {
    read_level(in, second);
    HyphenDict* top = first.finish();
    top->nextlevel = second.finish();
    return top;
  }
  // No compound level in the file: libhyphen puts one in front that only
  // splits at hyphens and apostrophes.
  second.line(utf8 ? "NOHYPHEN ',\xE2\x80\x93,\xE2\x80\x99,-\n" : "NOHYPHEN ',-\n");
  second.line("1-1\n");
  second.line("1'1\n");
  if (utf8) {
    second.line("1\xE2\x80\x93" "1\n");
    second.line("1\xE2\x80\x99" "1\n");
  }
  HyphenDict* patterns = first.finish();
  HyphenDict* top = second.finish();
  top->nextlevel = patterns;
  top->lhmin = patterns->lhmin;
  top->rhmin = patterns->rhmin;
  top->clhmin = patterns->clhmin ? patterns->clhmin : patterns->lhmin ? patterns->lhmin : 3;
  top->crhmin = patterns->crhmin ? patterns->crhmin : patterns->rhmin ? patterns->rhmin : 3;
  return top;
}

void free_hyphen_patterns(HyphenDict* dict) {
  while (dict) {
    HyphenDict* next = dict->nextlevel;
    std::free(dict->states);
    std::free(dict->nohyphen);
    std::free(dict);
    dict = next;
  }
}

}  // namespace mdexport::pdf
