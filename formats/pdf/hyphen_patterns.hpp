#pragma once
#include <hyphen.h>

#include <string>

namespace mdexport::pdf {

// Reads a libhyphen pattern file (/usr/share/hyphen/hyph_*.dic) into the
// same automaton hnj_hyphen_load builds, state for state, so that
// libhyphen's own hnj_hyphen_hyphenate3 runs on it unchanged. libhyphen's
// loader keys its states in a fixed table of 31,627 chains compared with
// strcmp: hyph_de_DE (78,000 patterns) took it 2.4 s; walking the trie the
// states form takes about 0.1 s. Each level's states, transitions and
// strings share one allocation: a malloc and free for each were 6 M of the
// 15 M instructions hyph_en_US cost. nullptr when the file cannot be read
// or is 16 MB or more (hyph_de_DE is 1 MB); free the result with
// free_hyphen_patterns, not hnj_hyphen_free.
HyphenDict* load_hyphen_patterns(const std::string& file);
void free_hyphen_patterns(HyphenDict* dict);

}  // namespace mdexport::pdf
