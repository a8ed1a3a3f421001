// man/mdexport.1: renders without warnings and documents exactly the
// options --help lists.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "support.hpp"

namespace {

std::set<std::string> long_options(const std::string& text) {
  std::set<std::string> found;
  static const std::regex option(R"(--[a-z][a-z-]*[a-z])");
  for (std::sregex_iterator it(text.begin(), text.end(), option), end; it != end; ++it) found.insert(it->str());
  return found;
}

std::string unescape_roff(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '-') continue;
    out += text[i];
  }
  return out;
}

}  // namespace

TEST_CASE("the man page renders with groff without a warning", "[man_page]") {
  test::TempDir dir;
  const auto page = (test::source_dir() / "man/mdexport.1").string();
  const auto command = "groff -man -Tutf8 -ww -z '" + page + "' >'" + (dir / "err").string() + "' 2>&1";
  CHECK(std::system(command.c_str()) == 0);
  CHECK(test::read_file(dir / "err").empty());
}

TEST_CASE("the man page and --help list the same options", "[man_page]") {
  const auto help = test::run_mdexport("--help");
  REQUIRE(help.status == 0);
  const auto from_help = long_options(help.out);
  const auto from_man = long_options(unescape_roff(test::read_file(test::source_dir() / "man/mdexport.1")));
  CHECK(from_help.size() > 20);
  CHECK(from_help == from_man);
}

TEST_CASE("the README documents every option", "[man_page]") {
  const auto help = test::run_mdexport("--help");
  const auto readme = test::read_file(test::source_dir() / "README.md");
  for (const auto& option : long_options(help.out)) {
    INFO(option);
    CHECK(readme.find(option) != std::string::npos);
  }
}
