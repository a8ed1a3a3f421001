#include "formats/text/text_writer.hpp"

#include <catch2/catch.hpp>

#include <random>

#include "spec_examples.hpp"
#include "support.hpp"
#include "text/display_width.hpp"

namespace {

const auto kExamples = test::source_dir() / "tests/examples/text_writer.txt";

// Rewrites the examples file with the actual outputs beside it, for review.
void write_unapproved(const std::vector<test::SpecExample>& examples, const std::vector<std::string>& actual) {
  std::string text = test::read_file(kExamples);
  for (std::size_t i = examples.size(); i-- > 0;) {
    const auto block = examples[i].input + ".\n" + examples[i].expected;
    auto arrows = [](std::string s) {
      for (auto p = s.find('\t'); p != std::string::npos; p = s.find('\t', p)) s.replace(p, 1, "\u2192");
      return s;
    };
    const auto at = text.find(arrows(block));
    if (at != std::string::npos) text.replace(at, arrows(block).size(), arrows(examples[i].input + ".\n" + actual[i]));
  }
  test::write_file(kExamples.string() + ".unapproved", text);
}

bool is_unbreakable(const std::string& line) {
  return line.find(' ', line.find_first_not_of(" >-*+0123456789.[]x")) == std::string::npos;
}

}  // namespace

TEST_CASE("plain-text examples", "[text_writer]") {
  const auto examples = test::read_spec_examples(kExamples);
  REQUIRE(examples.size() >= 20);
  std::vector<std::string> actual;
  bool all_match = true;
  for (const auto& ex : examples) {
    actual.push_back(test::convert(ex.input, "txt", 40));
    INFO(ex.section << " example at line " << ex.line << ":\n" << ex.input);
    CHECK(actual.back() == ex.expected);
    all_match = all_match && actual.back() == ex.expected;
  }
  if (!all_match) write_unapproved(examples, actual);
}

TEST_CASE("generated documents keep every word in order within the width", "[text_writer]") {
  std::mt19937 rng(20261125);
  const std::vector<std::string> pieces = {
      "alpha", "beta", "gamma", "delta", "\u4F60\u597D\u4E16\u754C", "caf\u00E9", "e\u0301t\u00E9",
      "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1", "\U0001F4DA", "x", "internationalization",
      "https://example.com/some/long/path/to/a/resource", "v42", "\uD55C\uAD6D\uC5B4"};
  const std::vector<std::string> prefixes = {"", "", "- ", "1. ", "> ", "## ", "- [ ] ", "> - "};
  for (int round = 0; round < 200; ++round) {
    std::string md;
    std::string source_words;
    const int paragraphs = 1 + static_cast<int>(rng() % 4);
    for (int p = 0; p < paragraphs; ++p) {
      const auto& prefix = prefixes[rng() % prefixes.size()];
      md += prefix;
      const int n = 1 + static_cast<int>(rng() % 40);
      for (int w = 0; w < n; ++w) {
        const auto& word = pieces[rng() % pieces.size()];
        md += word + (rng() % 7 == 0 ? "\n" : " ");
        source_words += word + " ";
      }
      md += "\n\n";
    }
    const int columns = 20 + static_cast<int>(rng() % 60);
    const auto text = test::convert(md, "txt", columns);
    INFO("columns " << columns << ", input:\n" << md << "\noutput:\n" << text);
    // List numbers are the writer's own words; the generated text has none.
    auto out_words = test::words(text);
    std::erase_if(out_words, [](const std::string& w) { return w.find_first_not_of("0123456789") == w.npos; });
    CHECK(out_words == test::words(source_words));
    std::size_t start = 0;
    while (start < text.size()) {
      const auto end = text.find('\n', start);
      const auto line = text.substr(start, end - start);
      if (mdexport::display_width(line) > columns) CHECK(is_unbreakable(line));
      start = end + 1;
    }
  }
}

TEST_CASE("the samples convert to text within 72 columns", "[text_writer]") {
  for (const char* name : {"handout.md", "features.md", "unicode.md"}) {
    const auto text = test::convert(test::read_file(test::source_dir() / "samples" / name), "txt");
    INFO(name);
    CHECK(text.size() > 500);
    std::size_t start = 0;
    while (start < text.size()) {
      const auto end = text.find('\n', start);
      const auto line = text.substr(start, end - start);
      if (mdexport::display_width(line) > 72) CHECK(is_unbreakable(line));
      start = end + 1;
    }
  }
}

TEST_CASE("real READMEs convert to text without a word lost", "[text_writer][corpus]") {
  int converted = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::corpus_dir() / "readmes")) {
    const auto md = test::read_file(entry.path());
    INFO(entry.path());
    const auto text = test::convert(md, "txt");
    CHECK(text.size() > md.size() / 4);
    ++converted;
  }
  CHECK(converted == 10);
}
