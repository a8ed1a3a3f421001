#include "formats/pdf/hyphen_patterns.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
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

  // The next piece, or false at the end.
  bool next(std::size_t size, std::string& out) {
    if (at_ >= text_.size()) return false;
    const auto nl = text_.find('\n', at_);
    const std::size_t through = nl == std::string::npos ? text_.size() : nl + 1;
    const std::size_t end = std::min(through, at_ + size - 1);
    out.assign(text_, at_, end - at_);
    at_ = end;
    return true;
  }

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

// One level of the automaton: a state per prefix of a pattern's letters,
// numbered in the order libhyphen numbers them.
class Level {
 public:
  Level(const char* cset, bool utf8) : dict_(static_cast<HyphenDict*>(std::calloc(1, sizeof(HyphenDict)))) {
    std::strncpy(dict_->cset, cset, MAX_NAME - 1);
    dict_->utf8 = utf8;
    new_state();  // "", where every word starts
  }
  Level(const Level&) = delete;
  Level& operator=(const Level&) = delete;
  ~Level() {
    for (auto& s : states_) {
      std::free(s.match);
      std::free(s.repl);
    }
    if (dict_) std::free(dict_->nohyphen);
    std::free(dict_);
  }

  void line(std::string_view buf) {
    if (keyword(buf)) return;
    std::string pattern = "0", word;
    char* repl = nullptr;
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
      repl = copy(r);
    }
    for (std::size_t i = 0; i < buf.size() && static_cast<unsigned char>(buf[i]) > ' '; ++i) {
      if (buf[i] >= '0' && buf[i] <= '9') {
        pattern.back() = buf[i];
      } else {
        word += buf[i];
        pattern += '0';
      }
    }
    std::size_t skip = 0;
    if (!repl) {
      while (skip < pattern.size() && pattern[skip] == '0') ++skip;
    } else {
      if (!word.empty() && word[0] == '.') ++skip;
      if (dict_->utf8) utf8_replacement_offsets(word, index, cut);
    }
    // The longest prefix of the letters already a state; libhyphen then
    // numbers the new states from the whole word back to that prefix, each
    // leading to the next.
    std::size_t known = 0;
    int node = 0;
    for (int step; known < word.size() && (step = child(node, word[known])) >= 0; ++known) node = step;
    int s = node;
    if (known < word.size()) {
      const int first = static_cast<int>(states_.size());
      const auto added = word.size() - known;
      for (std::size_t i = 0; i < added; ++i) new_state();
      s = first;
      for (std::size_t j = word.size(); j > known; --j) {
        const int from = j - 1 == known ? node : first + static_cast<int>(word.size() - (j - 1));
        trans_[static_cast<std::size_t>(from)].push_back(HyphenTrans{word[j - 1], first + static_cast<int>(word.size() - j)});
      }
    }
    HyphenState& st = states_[static_cast<std::size_t>(s)];
    std::free(st.match);
    std::free(st.repl);
    st.match = copy(std::string_view(pattern).substr(skip));
    st.repl = repl;
    st.replindex = index;
    st.replcut = cut ? cut : static_cast<signed char>(word.size());
  }

  // Hands the level over as libhyphen allocates it (malloc throughout).
  HyphenDict* finish() {
    // A state falls back to the state of its longest proper suffix (what
    // libhyphen finds by looking every suffix up). The states are every
    // prefix of the patterns, a trie, so Aho and Corasick's breadth-first
    // walk finds them all in linear time: a child's suffix is its parent's
    // fallback followed by the child's letter, else that one's fallback...
    // Most walks end at the start state, which has a transition for
    // every letter: those are looked up in a table.
    std::array<int, 256> from_start;
    from_start.fill(-1);
    for (const auto& t : trans_[0]) from_start[static_cast<unsigned char>(t.ch)] = t.new_state;
    const auto step = [&](int state, char ch) {
      return state == 0 ? from_start[static_cast<unsigned char>(ch)] : child(state, ch);
    };
    std::vector<int> queue{0};
    for (std::size_t next = 0; next < queue.size(); ++next) {
      const int parent = queue[next];
      for (const auto& t : trans_[static_cast<std::size_t>(parent)]) {
        int f = parent == 0 ? -1 : states_[static_cast<std::size_t>(parent)].fallback_state;
        int to = 0;
        for (; f >= 0; f = states_[static_cast<std::size_t>(f)].fallback_state) {
          const int next_state = step(f, t.ch);
          if (next_state >= 0) {
            to = next_state;
            break;
          }
        }
        states_[static_cast<std::size_t>(t.new_state)].fallback_state = to;
        queue.push_back(t.new_state);
      }
    }
    dict_->num_states = static_cast<int>(states_.size());
    dict_->states = static_cast<HyphenState*>(std::malloc(states_.size() * sizeof(HyphenState)));
    for (std::size_t i = 0; i < states_.size(); ++i) {
      auto& s = states_[i];
      const auto& t = trans_[i];
      s.num_trans = static_cast<int>(t.size());
      if (!t.empty()) {
        s.trans = static_cast<HyphenTrans*>(std::malloc(t.size() * sizeof(HyphenTrans)));
        std::memcpy(s.trans, t.data(), t.size() * sizeof(HyphenTrans));
      }
      dict_->states[i] = s;
    }
    states_.clear();
    HyphenDict* out = dict_;
    dict_ = nullptr;
    return out;
  }

 private:
  void new_state() {
    states_.push_back(HyphenState{nullptr, nullptr, 0, 0, -1, 0, nullptr});
    trans_.emplace_back();
  }

  int child(int state, char ch) const {
    for (const auto& t : trans_[static_cast<std::size_t>(state)])
      if (t.ch == ch) return t.new_state;
    return -1;
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
  static void utf8_replacement_offsets(const std::string& word, signed char& index, signed char& cut) {
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
  std::vector<HyphenState> states_;
  std::vector<std::vector<HyphenTrans>> trans_;
};

// Reads one level's lines; true when the file goes on to a NEXTLEVEL.
bool read_level(LineReader& in, Level& level) {
  std::string buf;
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
  LineReader in(std::move(text));
  std::string cset;
  in.next(MAX_NAME, cset);
  cset = cset.substr(0, cset.find_first_of("\r\n"));
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

}  // namespace mdexport::pdf
