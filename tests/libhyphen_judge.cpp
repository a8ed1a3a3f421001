#include "libhyphen_judge.hpp"

#include <cstdlib>
#include <vector>

namespace test {

std::string libhyphen_values(HyphenDict* dict, const std::string& word) {
  std::vector<char> hyphens(word.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate3(dict, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr, &rep, &pos, &cut,
                        2, 3, 2, 3);
  if (rep) {
    for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
  return std::string(hyphens.data(), word.size());
}

}  // namespace test
