#include "spec_examples.hpp"

#include <sstream>

#include "support.hpp"

namespace test {
namespace {

const std::string kFence(32, '`');

std::string tabs(const std::string& s) {
  const std::string_view arrow = "\xE2\x86\x92";
  std::string out;
  std::size_t start = 0;
  for (auto pos = s.find(arrow); pos != std::string::npos; pos = s.find(arrow, start)) {
    out.append(s, start, pos - start);
    out += '\t';
    start = pos + arrow.size();
  }
  out.append(s, start);
  return out;
}

}  // namespace

std::vector<SpecExample> read_spec_examples(const std::filesystem::path& file) {
  std::istringstream in(read_file(file));
  std::vector<SpecExample> examples;
  std::string line, section;
  int number = 0;
  SpecExample* current = nullptr;
  bool in_expected = false;
  while (std::getline(in, line)) {
    ++number;
    if (!current) {
      if (line.starts_with("#")) section = line.substr(line.find_first_not_of("# "));
      if (line == kFence + " example") {
        examples.push_back({"", "", number, section});
        current = &examples.back();
        in_expected = false;
      }
    } else if (line == kFence) {
      current->input = tabs(current->input);
      current->expected = tabs(current->expected);
      current = nullptr;
    } else if (line == "." && !in_expected) {
      in_expected = true;
    } else {
      auto& part = in_expected ? current->expected : current->input;
      part += line;
      part += '\n';
    }
  }
  return examples;
}

}  // namespace test
