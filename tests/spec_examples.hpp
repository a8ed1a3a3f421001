#pragma once
// Reads example files in the CommonMark spec format: each example sits
// between a line of 32 backticks + " example" and a line of 32 backticks,
// input and expected output separated by a line holding only ".", with "→"
// standing for a tab.
#include <filesystem>
#include <string>
#include <vector>

namespace test {

struct SpecExample {
  std::string input;
  std::string expected;
  int line;             // line of the opening fence, for failure messages
  std::string section;  // the last heading before it
};

std::vector<SpecExample> read_spec_examples(const std::filesystem::path& file);

}  // namespace test
