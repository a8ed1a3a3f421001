#pragma once
#include <hyphen.h>

#include <string>

namespace mdexport::pdf {

// Reads a libhyphen pattern file (/usr/share/hyphen/hyph_*.dic) into the
// same automaton hnj_hyphen_load builds, state for state, so that
// libhyphen's own hnj_hyphen_hyphenate3 runs on it unchanged. libhyphen's
// loader keys its states in a fixed table of 31,627 chains compared with
// strcmp: hyph_de_DE (78,000 patterns) took it 2.4 s; walking the trie the
// states form takes about 0.1 s. nullptr when the file cannot be read;
// free the result with hnj_hyphen_free.
HyphenDict* load_hyphen_patterns(const std::string& file);

}  // namespace mdexport::pdf
