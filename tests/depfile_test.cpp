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

TEST_CASE("depfile names are quoted the way GNU make reads them back", "[depfile][security]") {
  using mdexport::make_word;
  using mdexport::MakeRole;
  const auto pre = MakeRole::Prerequisite, target = MakeRole::Target;
  CHECK(make_word("a b", pre) == "a\\ b");
  CHECK(make_word("a\tb", pre) == "a\\\tb");
  CHECK(make_word("a\\ b", pre) == "a\\\\\\ b");  // backslashes before an escaped space are doubled
  CHECK(make_word("a\\b", pre) == "a\\b");        // ...and left alone elsewhere
  CHECK(make_word("co$t", pre) == "co$$t");
  CHECK(make_word("#1", pre) == "\\#1");
  CHECK(make_word("a\\#", pre) == "a\\\\\\#");
  CHECK(make_word("C:x", pre) == "C\\:x");
  CHECK(make_word("p|q", pre) == "p\\|q");
  CHECK(make_word("p|q", target) == "p|q");
  CHECK(make_word("50%", pre) == "50%");
  CHECK(make_word("50%", target) == "50\\%");
  CHECK(make_word("photo (1).png", pre) == "photo\\ (1).png");
}

TEST_CASE("depfile names make would misread are refused, not written", "[depfile][security]") {
  using mdexport::make_word;
  const auto pre = mdexport::MakeRole::Prerequisite;
  CHECK_THROWS_WITH(make_word("a\n.DEFAULT_GOAL:=evil", pre),
                    "Make cannot read the file name \"a\\n.DEFAULT_GOAL:=evil\": it holds a line break");
  CHECK_THROWS_WITH(make_word("a\rb", pre), Catch::Matchers::EndsWith("it holds a line break"));
  CHECK_THROWS_WITH(make_word("a;:>x", pre), Catch::Matchers::EndsWith("it holds ';', which starts a recipe"));
  CHECK_THROWS_WITH(make_word("SHELL=x", pre), Catch::Matchers::Contains("variable assignment"));
  CHECK_THROWS_WITH(make_word("~/x", pre), Catch::Matchers::Contains("home directory"));
  CHECK_THROWS_WITH(make_word("a\\", pre), Catch::Matchers::Contains("backslash"));
  CHECK_THROWS_WITH(make_word("lib(member)", pre), Catch::Matchers::Contains("archive member"));
  CHECK_THROWS_WITH(make_word("a\x01", pre), Catch::Matchers::Contains("\\x01\": it holds a control character"));
  CHECK_THROWS_WITH(make_word("a\tb", mdexport::MakeRole::Target), Catch::Matchers::EndsWith("it holds a tab"));
  std::ostringstream out;
  CHECK_THROWS(mdexport::write_depfile({{{"ok.html"}, {"ok.md"}}, {{"b.html"}, {"b\n.md"}}}, out));
  CHECK(out.str().empty());
}
