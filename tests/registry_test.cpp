#include "writer/registry.hpp"

#include <catch2/catch.hpp>

#include "convert/conversion.hpp"

using mdexport::Registry;

namespace {

// A format defined here, outside mdexport: proves the interface is pluggable.
class HeadingCountWriter : public mdexport::Writer {
 public:
  void write(const doc::Document& d, const mdexport::WriteOptions&, mdexport::Diagnostics&,
             mdexport::Sink& out) const override {
    int headings = 0;
    for (const auto& b : d.blocks) headings += b.kind == doc::BlockKind::Heading;
    out.write(d.meta.title + ": " + std::to_string(headings) + " headings\n");
  }
};

std::unique_ptr<mdexport::Writer> make_heading_count() { return std::make_unique<HeadingCountWriter>(); }

}  // namespace

TEST_CASE("the registry finds writers by name or alias or extension", "[registry]") {
  Registry registry;
  REQUIRE(registry.find("txt"));
  CHECK(registry.find("TEXT") == registry.find("txt"));
  CHECK(registry.find("plain") == registry.find("txt"));
  CHECK(registry.find_by_extension("TXT") == registry.find("txt"));
  CHECK(registry.find("nope") == nullptr);
  CHECK(registry.find_by_extension("md") == nullptr);
}

TEST_CASE("a typo in a format name gets a suggestion", "[registry]") {
  Registry registry;
  CHECK(registry.suggest("tx") == "txt");
  CHECK(registry.suggest("txtt") == "txt");
  CHECK(registry.suggest("docx-with-macros") == "");
}

TEST_CASE("a writer defined outside the project converts documents", "[registry]") {
  Registry registry;
  registry.add({"count", "count", "number of headings", &make_heading_count});
  const auto* info = registry.find("count");
  REQUIRE(info);
  CHECK(registry.find_by_extension("count") == info);
  mdexport::ConvertOptions opts;
  mdexport::Diagnostics diag;
  mdexport::StringSink sink;
  mdexport::convert("# Doc\n\n## A\n\n## B\n", *info, opts, diag, sink);
  CHECK(sink.str() == "Doc: 3 headings\n");
  CHECK(registry.suggest("cont") == "count");
}

TEST_CASE("every built-in writer has a name and an extension and a summary", "[registry]") {
  for (const auto& w : mdexport::builtin_writers()) {
    CHECK_FALSE(w.name.empty());
    CHECK_FALSE(w.extension.empty());
    CHECK_FALSE(w.summary.empty());
    CHECK(w.make() != nullptr);
  }
}
