#pragma once
// libhyphen's own answer, for tests that compare ours with it.
#include <hyphen.h>

#include <string>

namespace test {

// hnj_hyphen_hyphenate3's values for word (2 letters kept together at the
// start, 3 at the end): one digit per character of a UTF-8 dictionary's
// word (per byte otherwise), odd where a hyphen may follow.
std::string libhyphen_values(HyphenDict* dict, const std::string& word);

}  // namespace test
