#include "formats/pdf/fallback_cache.hpp"

#include <catch2/catch.hpp>

#include "formats/pdf/font_fallback.hpp"
#include "support.hpp"

using namespace mdexport::pdf;

namespace {

constexpr char32_t kCjk = U'\u4F60';
constexpr char32_t kHebrew = U'\u05D0';
constexpr char32_t kNoFont = U'\U0010FFFD';  // private use: no installed font has it

// What FontCoverage answers for cp with the cache file, and whether it read
// fontconfig to answer.
struct Answer {
  std::optional<FontSource> font;
  bool asked;
};
Answer ask(const std::filesystem::path& file, char32_t cp, const std::vector<FontSource>& excluded = {}) {
  FontCoverage coverage(file);
  const FontSource* f = coverage.fallback_for(cp, excluded);
  return {f ? std::optional(*f) : std::nullopt, coverage.asked_fontconfig()};
}

}  // namespace

TEST_CASE("fontconfig's answers come back from the cache file", "[pdf][fallback_cache]") {
  test::TempDir dir;
  const auto file = dir / "cache" / "font-fallback";
  const auto first = ask(file, kCjk);
  REQUIRE(first.font);
  CHECK(first.asked);
  const auto again = ask(file, kCjk);
  CHECK_FALSE(again.asked);
  CHECK(again.font == first.font);
  SECTION("a character no font has is remembered too") {
    CHECK_FALSE(ask(file, kNoFont).font);
    const auto none = ask(file, kNoFont);
    CHECK_FALSE(none.font);
    CHECK_FALSE(none.asked);
  }
  SECTION("a character the file does not know is asked for and then known") {
    const auto hebrew = ask(file, kHebrew);
    CHECK(hebrew.asked);
    CHECK_FALSE(ask(file, kHebrew).asked);
    CHECK_FALSE(ask(file, kCjk).asked);
  }
  SECTION("fonts that cannot be used are passed over as fontconfig would") {
    const auto cached = ask(file, kCjk, {*first.font});
    CHECK_FALSE(cached.asked);
    const auto direct = ask("", kCjk, {*first.font});
    CHECK(cached.font == direct.font);
  }
}

TEST_CASE("the cache file is not used once fontconfig's inputs change", "[pdf][fallback_cache]") {
  test::TempDir dir;
  const auto file = dir / "font-fallback";
  REQUIRE(ask(file, kCjk).asked);
  test::ScopedEnv lang("FC_LANG", "ja");
  CHECK(ask(file, kCjk).asked);
  CHECK_FALSE(ask(file, kCjk).asked);  // and it is written again for the new state
}

TEST_CASE("a damaged cache file is not used and is written again", "[pdf][fallback_cache]") {
  test::TempDir dir;
  const auto file = dir / "font-fallback";
  REQUIRE(ask(file, kCjk).asked);
  const auto good = test::read_file(file);
  SECTION("cut short inside the state") {
    test::write_file(file, good.substr(0, good.find("path ")));
  }
  SECTION("an entry that is not one") {
    test::write_file(file, good + "font x\n");
  }
  SECTION("another version") {
    test::write_file(file, "mdexport font fallback 0" + good.substr(good.find('\n')));
  }
  CHECK(ask(file, kCjk).asked);
  CHECK(test::read_file(file) == good);
}

TEST_CASE("a cache file that cannot be written is no error", "[pdf][fallback_cache]") {
  test::TempDir dir;
  test::write_file(dir / "file", "");
  const auto answer = ask(dir / "file" / "font-fallback", kCjk);
  CHECK(answer.font);
  CHECK(answer.asked);
}

TEST_CASE("the cache lives in the user's cache folder unless told otherwise", "[pdf][fallback_cache]") {
  {
    test::ScopedEnv own("MDEXPORT_CACHE_DIR", "/tmp/x");
    CHECK(default_fallback_cache() == "/tmp/x/font-fallback");
  }
  {
    test::ScopedEnv off("MDEXPORT_CACHE_DIR", "");
    CHECK(default_fallback_cache().empty());
  }
  test::ScopedEnv unset("MDEXPORT_CACHE_DIR", nullptr);
  {
    test::ScopedEnv xdg("XDG_CACHE_HOME", "/var/tmp/c");
    CHECK(default_fallback_cache() == "/var/tmp/c/mdexport/font-fallback");
  }
  test::ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
  test::ScopedEnv home("HOME", "/home/u");
  CHECK(default_fallback_cache() == "/home/u/.cache/mdexport/font-fallback");
}
