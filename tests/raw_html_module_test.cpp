#include <catch2/catch.hpp>
#include <filesystem>

#include "support.hpp"

namespace fs = std::filesystem;

TEST_CASE("libxml2 is loaded only for a document that holds raw HTML", "[run][module]") {
  // The PDF writer (a module itself) reads raw HTML through the same module.
  test::TempDir dir;
  test::write_file(dir / "plain.md", "# Title\n\nSome *text*.\n");
  test::write_file(dir / "html.md", "# Title\n\n<div align=\"center\"><b>Bold</b> words</div>\n");

  const auto plain = test::run_mdexport("plain.md -t txt,epub,pdf", dir.path(), "LD_DEBUG=files");
  REQUIRE(plain.status == 0);
  CHECK(plain.err.find("mdexport-pdf.so") != std::string::npos);
  CHECK(plain.err.find("libxml2") == std::string::npos);
  CHECK(plain.err.find("mdexport-html.so") == std::string::npos);

  const auto html = test::run_mdexport("html.md -t txt,epub,pdf", dir.path(), "LD_DEBUG=files");
  REQUIRE(html.status == 0);
  CHECK(html.err.find("mdexport-html.so") != std::string::npos);
  CHECK(html.err.find("libxml2") != std::string::npos);
  CHECK(test::read_file(dir / "html.txt").find("*Bold* words") != std::string::npos);
  CHECK(test::sh("pdftotext '" + (dir / "html.pdf").string() + "' -").out.find("Bold words") != std::string::npos);
}

TEST_CASE("inline tags need libxml2 only for an attribute with an entity reference", "[run][module]") {
  test::TempDir dir;
  test::write_file(dir / "tags.md", "Press <kbd>Ctrl</kbd>, see <a href=\"https://x.org/?a&b\">this</a><br>now.\n");
  test::write_file(dir / "entity.md", "See <a href=\"https://x.org/?a=1&amp;b=2\">this</a>.\n");

  const auto tags = test::run_mdexport("tags.md -t txt,pdf", dir.path(), "LD_DEBUG=files");
  REQUIRE(tags.status == 0);
  CHECK(tags.err.find("mdexport-html.so") == std::string::npos);
  CHECK(test::read_file(dir / "tags.txt") == "Press Ctrl, see this [1]\nnow.\n\nLinks\n-----\n\n[1] https://x.org/?a&b\n");

  const auto entity = test::run_mdexport("entity.md -t txt", dir.path(), "LD_DEBUG=files");
  REQUIRE(entity.status == 0);
  CHECK(entity.err.find("mdexport-html.so") != std::string::npos);
  CHECK_THAT(test::read_file(dir / "entity.txt"), Catch::Matchers::Contains("[1] https://x.org/?a=1&b=2\n"));
}

TEST_CASE("without its raw HTML module the program converts plain Markdown and names what is missing",
          "[run][module]") {
  test::TempDir dir;
  test::copy_program(dir.path());
  test::write_file(dir / "plain.md", "# Title\n\nSome text.\n");
  test::write_file(dir / "html.md", "# Title\n\n<p>raw</p>\n");
  CHECK(test::run_copied_program(dir.path(), "plain.md -t txt").status == 0);
  CHECK(fs::exists(dir / "plain.txt"));

  const auto html = test::run_copied_program(dir.path(), "html.md -t epub");
  CHECK(html.status == 1);
  CHECK_THAT(html.err, Catch::Matchers::Contains("error: the raw HTML reader module is missing (looked for " +
                                                 (dir / "mdexport-html.so").string()));
  CHECK_FALSE(fs::exists(dir / "html.epub"));
}
