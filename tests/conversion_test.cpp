// One harness over every registered writer: hostile and pathological input
// converts without a crash, deterministically.
#include "convert/conversion.hpp"

#include <catch2/catch.hpp>

#include <random>

#include "support.hpp"

namespace {

std::string convert_with(const mdexport::WriterInfo& format, std::string_view md) {
  mdexport::ConvertOptions opts;
  mdexport::Diagnostics diag("hostile.md");
  mdexport::StringSink sink;
  mdexport::convert(md, format, opts, diag, sink);
  return sink.str();
}

std::string repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string nested_list(int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
  return out;
}

std::string random_bytes(std::size_t n) {
  std::mt19937 rng(7);
  std::string out(n, '\0');
  for (auto& c : out) c = static_cast<char>(rng() & 0xFF);
  return out;
}

}  // namespace

TEST_CASE("hostile input converts to every format without a crash", "[conversion]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"empty file", ""},
      {"50,000-deep block quotes", repeat(">", 50000) + " deep\n"},
      {"50,000-deep emphasis", repeat("*", 50000) + "x" + repeat("*", 50000) + "\n"},
      {"5,000-deep nested list", nested_list(5000)},
      {"50,000-deep list on one line", repeat("- ", 50000) + "x\n"},
      {"100,000 unmatched brackets", repeat("[", 100000) + "\n"},
      {"10 MB single paragraph", repeat("word ", 2000000)},
      {"a 1 MB line of code", "```\n" + repeat("x", 1 << 20) + "\n```\n"},
      {"a 100,000-row table", "|a|b|\n|-|-|\n" + repeat("|1|2|\n", 100000)},
      {"invalid UTF-8 and NUL bytes", std::string("ok \xFF\xFE\0 \xC3(", 10) + "\n"},
      {"a binary file", random_bytes(100000)},
      {"only front matter", "---\ntitle: x\n---\n"},
      {"a link to nowhere and images of nothing", "[a](#none) ![b](none.png) ![c](https://x.org/c.png)\n"},
  };
  const mdexport::Registry registry;
  for (const auto& format : registry.writers()) {
    for (const auto& [name, md] : cases) {
      INFO(format.name << ": " << name);
      CHECK_NOTHROW(convert_with(format, md));
    }
  }
}

TEST_CASE("the same input gives the same bytes twice in every format", "[conversion]") {
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const auto md = test::read_file(test::source_dir() / "samples/features.md");
  const mdexport::Registry registry;
  for (const auto& format : registry.writers()) {
    INFO(format.name);
    CHECK(convert_with(format, md) == convert_with(format, md));
  }
  unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("inputs that once crashed the fuzzer still convert", "[conversion]") {
  const auto dir = test::source_dir() / "tests/fuzz/regressions";
  const mdexport::Registry registry;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename() == ".gitkeep") continue;
    const auto md = test::read_file(entry.path());
    for (const auto& format : registry.writers()) {
      INFO(entry.path().filename() << " as " << format.name);
      try {
        convert_with(format, md);
      } catch (const mdexport::Error&) {
        // A clear error is a fine answer; a crash is not.
      }
    }
  }
}

namespace {

// A valid PNG of w x h pixels (one colour, compressed), or its first bytes.
std::string png(int w, int h) {
  std::string ihdr;
  for (int v : {w, h}) for (int shift : {24, 16, 8, 0}) ihdr += static_cast<char>((v >> shift) & 0xFF);
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);
  return std::string("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16) + ihdr + std::string("\x00\x00\x00\x00", 4) +
         std::string("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12);
}

}  // namespace

TEST_CASE("broken and hostile images never stop a conversion", "[conversion]") {
  test::TempDir dir;
  test::write_file(dir / "truncated.png", png(64, 64).substr(0, 20));
  test::write_file(dir / "huge.png", png(40000, 40000));
  test::write_file(dir / "text.png", "this is not an image at all\n");
  test::write_file(dir / "truncated.jpg", std::string("\xFF\xD8\xFF\xC0\x00\x11\x08", 7));
  const std::string md = "![t](truncated.png) ![h](huge.png) ![x](text.png) ![j](truncated.jpg)\n";
  const mdexport::Registry registry;
  for (const auto& format : registry.writers()) {
    INFO(format.name);
    mdexport::ConvertOptions opts;
    opts.write.resource_dir = dir.path();
    mdexport::Diagnostics diag("images.md");
    mdexport::StringSink sink;
    CHECK_NOTHROW(mdexport::convert(md, format, opts, diag, sink));
    CHECK_FALSE(sink.str().empty());
  }
}
