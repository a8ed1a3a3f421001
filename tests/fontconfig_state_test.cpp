#include "formats/pdf/fontconfig_state.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include "formats/pdf/font_files.hpp"
#include "support.hpp"

using namespace mdexport::pdf;

TEST_CASE("the state changes when a file it lists changes or appears", "[pdf][fontconfig_state]") {
  test::TempDir dir;
  test::write_file(dir / "a.conf", "<fontconfig/>");
  const std::vector<std::string> paths{dir / "a.conf", dir / "b.conf"};
  const auto before = fontconfig_state(paths);
  REQUIRE_FALSE(before.empty());
  CHECK(fontconfig_state(paths) == before);
  SECTION("a file's content") {
    test::write_file(dir / "a.conf", "<fontconfig></fontconfig>");
    CHECK(fontconfig_state(paths) != before);
  }
  SECTION("a file that was missing") {
    test::write_file(dir / "b.conf", "<fontconfig/>");
    CHECK(fontconfig_state(paths) != before);
  }
}

TEST_CASE("the state changes with the languages fontconfig prefers", "[pdf][fontconfig_state]") {
  const std::vector<std::string> none;
  const auto before = fontconfig_state(none);
  test::ScopedEnv lang("FC_LANG", "zh-cn");
  CHECK(fontconfig_state(none) != before);
}

TEST_CASE("a value that would take two lines gives no state", "[pdf][fontconfig_state]") {
  test::ScopedEnv lang("FC_LANG", "en\npath - /etc");
  CHECK(fontconfig_state({}).empty());
}

TEST_CASE("fontconfig's inputs are its files and its font folders", "[pdf][fontconfig_state]") {
  const auto paths = fontconfig_inputs(shared_fontconfig());
  const auto has = [&](const std::string& p) { return std::find(paths.begin(), paths.end(), p) != paths.end(); };
  CHECK(has("/etc/fonts/fonts.conf"));
  CHECK(has("/etc/fonts/conf.d"));
  CHECK(has("/usr/share/fonts/truetype/dejavu"));
}
