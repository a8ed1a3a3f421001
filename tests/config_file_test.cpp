#include "cli/config_file.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

TEST_CASE("config keys keep their line, sections and arrays included", "[config]") {
  test::TempDir dir;
  test::write_file(dir / "a.toml",
                   "# comment\nto = \"txt\"\n\nresource-path = [\n  \"a\",\n  \"b c\"\n]\n"
                   "[pdf]\npaper = \"a5\"\ntoc\n");
  const auto keys = mdexport::read_config(dir / "a.toml");
  REQUIRE(keys.size() == 4);
  CHECK(keys[0].name == "to");
  CHECK(keys[0].line == 2);
  CHECK(keys[1].name == "resource-path");
  CHECK(keys[1].values == std::vector<std::string>{"a", "b c"});
  CHECK(keys[1].line == 4);
  CHECK(keys[2].name == "pdf.paper");
  CHECK(keys[2].line == 9);
  CHECK(keys[3].name == "pdf.toc");
  CHECK(keys[3].values == std::vector<std::string>{"true"});
  CHECK(keys[3].line == 10);
}
