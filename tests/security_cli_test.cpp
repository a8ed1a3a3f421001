// Attacks through the command-line program: a hostile repository's
// mdexport.toml, file names that would become Make rules, symbolic links in
// an input directory, and resource paths that mean more than they say.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>

#include "epub_check.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using test::quoted;
using test::run_mdexport;

namespace {

// A PNG header with its size: enough for the writers to embed it.
std::string png(int w, int h) {
  std::string ihdr;
  for (int v : {w, h})
    for (int shift : {24, 16, 8, 0}) ihdr += static_cast<char>((v >> shift) & 0xFF);
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);
  return std::string("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16) + ihdr + std::string("\x00\x00\x00\x00", 4) +
         std::string("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12);
}

// name as a Markdown link destination: every byte but letters, digits and
// ".-_" percent-encoded.
std::string url_of(const std::string& name) {
  static const char* kHex = "0123456789ABCDEF";
  std::string url;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') url += static_cast<char>(c);
    else url += {'%', kHex[c >> 4], kHex[c & 15]};
  }
  return url;
}

// Every byte of every entry of an EPUB, for searching.
std::string epub_text(const fs::path& file) {
  std::string all;
  for (const auto& [name, bytes] : test::unzip(test::read_file(file))) all += name + "\n" + bytes + "\n";
  return all;
}

}  // namespace

// ---- group 1: configuration files ------------------------------------------

TEST_CASE("a config file found beside the input cannot choose where output is written", "[security][config]") {
  test::TempDir dir;
  fs::create_directories(dir / "repo");
  test::write_file(dir / "repo/ch.md", "# Chapter\n\nText.\n");
  const auto victim = dir / "victim";

  SECTION("output") {
    test::write_file(dir / "repo/mdexport.toml", "to = \"txt\"\noutput = \"" + (victim / "x.txt").string() + "\"\n");
    fs::create_directories(victim);
    const auto r = run_mdexport("repo/ch.md", dir.path());
    CHECK(r.status == 0);
    CHECK_FALSE(fs::exists(victim / "x.txt"));
    CHECK(fs::exists(dir / "repo/ch.txt"));
    CHECK_THAT(r.err, Contains("repo/mdexport.toml:2: warning: 'output' is not read from a configuration file found "
                               "beside the input; give it on the command line or in a file named with --config"));
  }
  SECTION("out-dir") {
    test::write_file(dir / "repo/mdexport.toml", "to = \"txt\"\n\nout-dir = \"" + victim.string() + "\"\n");
    const auto r = run_mdexport("repo/ch.md", dir.path());
    CHECK(r.status == 0);
    CHECK_FALSE(fs::exists(victim));
    CHECK(fs::exists(dir / "repo/ch.txt"));
    CHECK_THAT(r.err, Contains("repo/mdexport.toml:3: warning: 'out-dir' is not read"));
  }
  SECTION("depfile") {
    test::write_file(dir / "repo/mdexport.toml", "to = \"txt\"\ndepfile = \"" + (dir / "profile").string() + "\"\n");
    const auto r = run_mdexport("repo/ch.md", dir.path());
    CHECK(r.status == 0);
    CHECK_FALSE(fs::exists(dir / "profile"));
    CHECK_THAT(r.err, Contains("repo/mdexport.toml:2: warning: 'depfile' is not read"));
  }
  SECTION("inputs and another config") {
    fs::create_directories(dir / "private");
    test::write_file(dir / "private/diary.md", "secret\n");
    test::write_file(dir / "evil.toml", "output = \"" + (victim / "y.txt").string() + "\"\n");
    test::write_file(dir / "repo/mdexport.toml", "to = \"txt\"\ninputs = [\"" + (dir / "private").string() +
                                                     "\"]\nconfig = \"" + (dir / "evil.toml").string() + "\"\n");
    const auto r = run_mdexport("repo/ch.md", dir.path());
    CHECK(r.status == 0);
    CHECK_FALSE(fs::exists(dir / "private/diary.txt"));
    CHECK_FALSE(fs::exists(victim));
    CHECK_THAT(r.err, Contains("repo/mdexport.toml:2: warning: 'inputs' is not read"));
    CHECK_THAT(r.err, Contains("repo/mdexport.toml:3: warning: 'config' is not read"));
  }
}

TEST_CASE("an explicit --config may choose where output is written", "[security][config]") {
  test::TempDir dir;
  test::write_file(dir / "ch.md", "Text.\n");
  fs::create_directories(dir / "conf");
  test::write_file(dir / "conf/build.toml", "to = \"txt\"\nout-dir = \"out\"\n");
  const auto r = run_mdexport("ch.md --config conf/build.toml", dir.path());
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(fs::exists(dir / "out/ch.txt"));
  const auto missing = run_mdexport("ch.md -t txt --config nope.toml", dir.path());
  CHECK(missing.status == 2);
  CHECK_THAT(missing.err, Contains("mdexport: error: --config nope.toml: no such file"));
}

TEST_CASE("a stylesheet named by a config file is confined to the config's folder", "[security][config]") {
  test::TempDir dir;
  fs::create_directories(dir / "repo/css");
  test::write_file(dir / "repo/ch.md", "# Chapter\n\nText.\n");
  test::write_file(dir / "secret.txt", "p { content: 'SECRET-MARKER' }\n");

  SECTION("by absolute and relative paths") {
    for (const auto& css : {(dir / "secret.txt").string(), std::string("../secret.txt"), std::string("/etc/passwd")}) {
      INFO("css = " << css);
      test::write_file(dir / "repo/mdexport.toml", "css = \"" + css + "\"\n");
      const auto r = run_mdexport("repo/ch.md -t html,epub --out-dir out", dir.path());
      CHECK(r.status == 0);
      CHECK_THAT(r.err, Contains("repo/mdexport.toml:1: warning: css " + css +
                                 " is outside the configuration file's directory; not read"));
      const auto html = test::read_file(dir / "out/ch.html");
      const auto epub = fs::exists(dir / "out/ch.epub") ? epub_text(dir / "out/ch.epub") : std::string();
      for (const auto* text : {&html, &epub}) {
        CHECK_THAT(*text, !Contains("SECRET-MARKER"));
        CHECK_THAT(*text, !Contains("root:"));
      }
      fs::remove_all(dir / "out");
    }
  }
  SECTION("through a symbolic link that leads out of the config's folder") {
    fs::create_symlink(dir / "secret.txt", dir / "repo/css/link.css");
    test::write_file(dir / "repo/mdexport.toml", "css = \"css/link.css\"\n");
    const auto r = run_mdexport("repo/ch.md -t html -o out.html", dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Contains("repo/mdexport.toml:1: warning: css css/link.css is outside"));
    CHECK_THAT(test::read_file(dir / "out.html"), !Contains("SECRET-MARKER"));
  }
  SECTION("an explicit --config is confined the same way") {
    test::write_file(dir / "repo/build.toml", "css = \"../secret.txt\"\n");
    const auto r = run_mdexport("repo/ch.md -t html -o out.html --config repo/build.toml", dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Contains("repo/build.toml:1: warning: css ../secret.txt is outside"));
    CHECK_THAT(test::read_file(dir / "out.html"), !Contains("SECRET-MARKER"));
  }
  SECTION("a stylesheet inside the config's folder is read from there, wherever the run starts") {
    test::write_file(dir / "repo/css/book.css", "p { color: #123456 }\n");
    test::write_file(dir / "repo/mdexport.toml", "css = \"css/book.css\"\n");
    const auto r = run_mdexport("repo/ch.md -t html -o out.html", dir.path());
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK_THAT(test::read_file(dir / "out.html"), Contains("#123456"));
  }
  SECTION("the command line is trusted") {
    const auto r = run_mdexport("repo/ch.md -t html -o out.html --css secret.txt", dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(test::read_file(dir / "out.html"), Contains("SECRET-MARKER"));
  }
}

TEST_CASE("a font file named by a config file is confined to the config's folder", "[security][config]") {
  test::TempDir dir;
  fs::create_directories(dir / "repo");
  test::write_file(dir / "repo/ch.md", "Text.\n");
  test::write_file(dir / "outside.ttf", "not a font");
  test::write_file(dir / "repo/mdexport.toml", "body-font = \"../outside.ttf\"\nmono-font = \"" +
                                                   (dir / "outside.ttf").string() +
                                                   "\"\nheading-font = \"DejaVu Sans\"\n");
  const auto r = run_mdexport("repo/ch.md -t pdf -o out.pdf", dir.path());
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Contains("repo/mdexport.toml:1: warning: body-font ../outside.ttf is outside"));
  CHECK_THAT(r.err, Contains("repo/mdexport.toml:2: warning: mono-font " + (dir / "outside.ttf").string() +
                             " is outside"));
  CHECK(fs::exists(dir / "out.pdf"));
}

TEST_CASE("a config file cannot widen where resources are read from", "[security][config]") {
  test::TempDir dir;
  fs::create_directories(dir / "repo");
  fs::create_directories(dir / "private");
  test::write_file(dir / "private/photo.png", png(3, 3));
  // Relative to "/", the image is found only if "/" is a resource path.
  const auto from_root = (dir / "private/photo.png").relative_path().string();
  test::write_file(dir / "repo/ch.md", "![p](" + from_root + ")\n");

  SECTION("found beside the input") {
    test::write_file(dir / "repo/mdexport.toml", "resource-path = [\"/\"]\n");
    const auto r = run_mdexport("repo/ch.md -t html -o out.html", dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Contains("repo/mdexport.toml:1: warning: 'resource-path' is not read"));
    CHECK_THAT(test::read_file(dir / "out.html"), !Contains("data:image"));
  }
  SECTION("named with --config: entries must lie inside its folder") {
    test::write_file(dir / "repo/build.toml", "resource-path = [\"/\", \"..\"]\n");
    const auto r = run_mdexport("repo/ch.md -t html -o out.html --config repo/build.toml", dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Contains("repo/build.toml:1: warning: resource-path / is outside the configuration file's "
                               "directory; not read"));
    CHECK_THAT(r.err, Contains("repo/build.toml:1: warning: resource-path .. is outside"));
    CHECK_THAT(test::read_file(dir / "out.html"), !Contains("data:image"));
  }
  SECTION("named with --config: a folder inside it resolves from there") {
    fs::create_directories(dir / "repo/assets");
    test::write_file(dir / "repo/assets/logo.png", png(2, 2));
    test::write_file(dir / "doc.md", "![l](logo.png)\n");
    test::write_file(dir / "repo/build.toml", "resource-path = [\"assets\"]\n");
    const auto r = run_mdexport("doc.md -t html -o out.html --config repo/build.toml", dir.path());
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK_THAT(test::read_file(dir / "out.html"), Contains("data:image/png"));
  }
}

TEST_CASE("unknown keys in a config file are warnings with file and line", "[security][config]") {
  test::TempDir dir;
  fs::create_directories(dir / "repo");
  test::write_file(dir / "repo/ch.md", "one two three four five six seven eight nine ten eleven twelve\n");
  test::write_file(dir / "repo/mdexport.toml", "# settings\nto = \"txt\"\ncolums = 20\n[pdf]\npaper = \"a5\"\n");
  const auto r = run_mdexport("repo/ch.md -o -", dir.path());
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Contains("repo/mdexport.toml:3: warning: unknown key 'colums', ignored"));
  CHECK_THAT(r.err, Contains("repo/mdexport.toml:5: warning: unknown key 'pdf.paper', ignored"));
  CHECK(r.out == "one two three four five six seven eight nine ten eleven twelve\n");
}

// ---- group 2: --depfile -----------------------------------------------------

TEST_CASE("a file name cannot make make run a command through the depfile", "[security][depfile]") {
  test::TempDir dir;
  test::write_file(dir / "Makefile", "-include deps.d\nall:\n\t@echo nothing\n");
  SECTION("a line break and tabs in an image name") {
    test::write_file(dir / "a\n.DEFAULT_GOAL:=evil\nevil:\n\ttouch\tPWNED", png(1, 1));
    test::write_file(dir / "doc.md", "![x](a%0A.DEFAULT_GOAL:=evil%0Aevil:%0A%09touch%09PWNED)\n");
  }
  SECTION("a semicolon in an image name") {
    // "a" exists and is newer than the output, so make runs doc.html's recipe.
    test::write_file(dir / "a;:>PWNED", png(1, 1));
    test::write_file(dir / "a", "");
    test::sh("touch -d '+1 hour' " + quoted(dir / "a"));
    test::write_file(dir / "doc.md", "![x](" + url_of("a;:>PWNED") + ")\n");
  }
  test::write_file(dir / "deps.d", "# old\n");
  const auto r = run_mdexport("doc.md -t html --depfile deps.d", dir.path());
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Contains("mdexport: error: no depfile written: Make cannot read the file name "));
  CHECK(fs::exists(dir / "doc.html"));
  CHECK(test::read_file(dir / "deps.d") == "# old\n");
  test::sh("cd " + quoted(dir.path()) + " && make");
  CHECK_FALSE(fs::exists(dir / "PWNED"));
}

TEST_CASE("file names with spaces, dollars, hashes and colons are dependencies make tracks", "[security][depfile]") {
  test::TempDir dir;
  const std::vector<std::string> names = {"my pic.png", "co$t.png", "#1.png", "a:b.png", "p|q.png", "50%.png",
                                          "back\\ slash.png", "tab\there.png"};
  std::string doc;
  for (const auto& n : names) {
    test::write_file(dir / n, png(1, 1));
    doc += "![x](" + url_of(n) + ")\n\n";
  }
  test::write_file(dir / "doc.md", doc);
  test::write_file(dir / "Makefile", "include deps.d\nout/my\\ doc\\%.html:\n\t@echo REBUILD\n");
  fs::create_directories(dir / "out");
  const auto r = run_mdexport("doc.md -t html -o 'out/my doc%.html' --depfile deps.d", dir.path());
  REQUIRE(r.status == 0);
  const auto make_q = "cd " + quoted(dir.path()) + " && make -q 'out/my doc%.html'";
  CHECK(test::sh(make_q).status == 0);
  int hours = 0;
  for (const auto& n : names) {
    INFO(n);
    const auto touch = [&](const fs::path& file) {
      return test::sh("touch -d '+" + std::to_string(++hours) + " hours' " + quoted(file)).status;
    };
    CHECK(touch(dir / n) == 0);
    CHECK(test::sh(make_q).status == 1);
    CHECK(touch(dir / "out/my doc%.html") == 0);
    CHECK(test::sh(make_q).status == 0);
  }
}

TEST_CASE("the depfile can never replace an input or an output", "[security][depfile]") {
  test::TempDir dir;
  test::write_file(dir / "small.md", "# Small\n");
  SECTION("an input") {
    const auto r = run_mdexport("small.md -t txt --depfile small.md", dir.path());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("mdexport: error: the depfile small.md would overwrite an input"));
  }
  SECTION("an output") {
    const auto r = run_mdexport("small.md -t txt,html --depfile ./small.txt", dir.path());
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("mdexport: error: the depfile ./small.txt would overwrite an output"));
    CHECK_FALSE(fs::exists(dir / "small.txt"));
  }
  CHECK(test::read_file(dir / "small.md") == "# Small\n");
}

// ---- group 3: directory inputs and symbolic links ---------------------------

TEST_CASE("a symbolic link in an input directory that leads outside it is skipped", "[security][inputs]") {
  test::TempDir dir;
  fs::create_directories(dir / "docs/sub");
  fs::create_directories(dir / "home/.ssh");
  test::write_file(dir / "home/.ssh/id_rsa", "-----BEGIN PRIVATE KEY-----\n");
  test::write_file(dir / "docs/intro.md", "# Intro\n");
  fs::create_symlink(dir / "home/.ssh/id_rsa", dir / "docs/key.md");

  SECTION("with --out-dir, nothing is written outside it") {
    const auto r = run_mdexport("docs -t html --out-dir out", dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Contains("mdexport: warning: docs/key.md: skipped, a symbolic link that leads outside docs"));
    CHECK(fs::exists(dir / "out/intro.html"));
    CHECK_FALSE(fs::exists(dir / "out/key.html"));
    CHECK_FALSE(fs::exists(dir / "home/.ssh/id_rsa.html"));
  }
  SECTION("beside the inputs") {
    const auto r = run_mdexport("docs -t html", dir.path());
    CHECK(r.status == 0);
    CHECK_FALSE(fs::exists(dir / "docs/key.html"));
    CHECK_FALSE(fs::exists(dir / "home/.ssh/id_rsa.html"));
  }
  SECTION("a file named on the command line is read as given") {
    const auto r = run_mdexport("docs/key.md -t txt -o -", dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Contains("BEGIN PRIVATE KEY"));
  }
}

TEST_CASE("a symbolic link inside the input tree converts at the path as walked", "[security][inputs]") {
  test::TempDir dir;
  fs::create_directories(dir / "docs/sub");
  test::write_file(dir / "docs/sub/real.md", "# Real\n");
  fs::create_symlink("sub/real.md", dir / "docs/alias.md");
  const auto r = run_mdexport("docs -t txt --out-dir out", dir.path());
  CHECK(r.status == 0);
  CHECK_THAT(r.err, !Contains("warning"));
  CHECK(fs::exists(dir / "out/alias.txt"));
  CHECK(fs::exists(dir / "out/sub/real.txt"));
}

TEST_CASE("a symbolic link to a directory outside the input tree is not walked", "[security][inputs]") {
  test::TempDir dir;
  fs::create_directories(dir / "docs");
  fs::create_directories(dir / "elsewhere");
  test::write_file(dir / "docs/intro.md", "# Intro\n");
  test::write_file(dir / "elsewhere/notes.md", "# Notes\n");
  fs::create_directory_symlink(dir / "elsewhere", dir / "docs/ext");
  const auto r = run_mdexport("docs -t txt --out-dir out", dir.path());
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Contains("mdexport: warning: docs/ext: skipped, a symbolic link that leads outside docs"));
  CHECK(fs::exists(dir / "out/intro.txt"));
  CHECK_FALSE(fs::exists(dir / "out/ext"));
  CHECK_FALSE(fs::exists(dir / "elsewhere/notes.txt"));
}

// ---- group 10: --resource-path ----------------------------------------------

TEST_CASE("an empty --resource-path is a usage error, a missing one a warning", "[security][resource-path]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", "x\n");
  const auto empty = run_mdexport("a.md -t txt --resource-path ''", dir.path());
  CHECK(empty.status == 2);
  CHECK_THAT(empty.err, Contains("mdexport: error: --resource-path must name a directory"));
  CHECK_FALSE(fs::exists(dir / "a.txt"));
  const auto missing = run_mdexport("a.md -t txt --resource-path nowhere", dir.path());
  CHECK(missing.status == 0);
  CHECK_THAT(missing.err, Contains("mdexport: warning: --resource-path nowhere: no such directory"));
  test::write_file(dir / "file", "x");
  const auto file = run_mdexport("a.md -t txt --resource-path file", dir.path());
  CHECK(file.status == 0);
  CHECK_THAT(file.err, Contains("mdexport: warning: --resource-path file: not a directory"));
}
