// Every CommonMark spec example through the reader and every registered writer.
#include <catch2/catch.hpp>

#include "convert/conversion.hpp"
#include "spec_examples.hpp"
#include "support.hpp"

TEST_CASE("all CommonMark spec examples convert to every format", "[commonmark_spec][corpus]") {
  const auto examples = test::read_spec_examples(test::corpus_dir() / "spec.txt");
  REQUIRE(examples.size() == 652);
  mdexport::Registry registry;
  for (const auto& format : registry.writers()) {
    int converted = 0;
    for (const auto& ex : examples) {
      INFO(format.name << ", example at spec.txt:" << ex.line << " (" << ex.section << ")");
      mdexport::ConvertOptions opts;
      mdexport::Diagnostics diag("spec.md");
      mdexport::StringSink sink;
      try {
        mdexport::convert(ex.input, format, opts, diag, sink);
        ++converted;
      } catch (const mdexport::Error& e) {
        // Only front matter can fail, and the spec has none that is malformed YAML.
        FAIL(e.what());
      }
    }
    CHECK(converted == 652);
  }
}
