#include "cli/depfile.hpp"

#include <catch2/catch.hpp>

#include <sstream>

TEST_CASE("depfiles are Make rules with escaped paths", "[depfile]") {
  std::ostringstream out;
  mdexport::write_depfile({{{"out/a.pdf", "out/a.epub"}, {"a.md", "img/logo one.png"}},
                           {{"b$.txt"}, {"b#.md"}}},
                          out);
  CHECK(out.str() ==
        "out/a.pdf out/a.epub: \\\n  a.md \\\n  img/logo\\ one.png\n"
        "b$$.txt: \\\n  b\\#.md\n");
}
