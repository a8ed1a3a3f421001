#include "util/resource_path.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

namespace fs = std::filesystem;
using mdexport::ResourcePolicy;
using Kind = ResourcePolicy::Kind;

TEST_CASE("resources are read only from the document's tree and --resource-path", "[resource_path]") {
  test::TempDir dir;
  fs::create_directories(dir / "doc/img");
  fs::create_directories(dir / "shared");
  fs::create_directories(dir / "secret");
  test::write_file(dir / "doc/img/a b.png", "png");
  test::write_file(dir / "shared/logo.png", "png");
  test::write_file(dir / "secret/passwd", "root:x:0:0");
  fs::create_symlink(dir / "secret/passwd", dir / "doc/img/link.png");
  fs::create_directory_symlink(dir / "secret", dir / "doc/escape");
  ResourcePolicy policy(dir / "doc");

  SECTION("a relative path inside the tree, with percent escapes and a fragment") {
    const auto r = policy.resolve("img/a%20b.png#frag");
    CHECK(r.kind == Kind::Local);
    CHECK(r.path == fs::canonical(dir / "doc/img/a b.png"));
  }
  SECTION("remote URLs are never fetched") {
    CHECK(policy.resolve("https://example.com/x.png").kind == Kind::Remote);
    CHECK(policy.resolve("http://example.com/x.png").kind == Kind::Remote);
    CHECK(policy.resolve("//cdn.example.com/x.png").kind == Kind::Remote);
    CHECK(policy.resolve("data:image/png;base64,AAAA").kind == Kind::Remote);
  }
  SECTION("../ escapes, absolute paths and symlinks leading out are refused") {
    CHECK(policy.resolve("../secret/passwd").kind == Kind::Refused);
    CHECK(policy.resolve("img/../../secret/passwd").kind == Kind::Refused);
    CHECK(policy.resolve("/etc/passwd").kind == Kind::Refused);
    CHECK(policy.resolve("img/link.png").kind == Kind::Refused);
    CHECK(policy.resolve("escape/passwd").kind == Kind::Refused);
  }
  SECTION("missing files and directories are missing") {
    CHECK(policy.resolve("img/none.png").kind == Kind::Missing);
    CHECK(policy.resolve("img").kind == Kind::Missing);
  }
  SECTION("--resource-path directories are searched after the document's own") {
    CHECK(policy.resolve("logo.png").kind == Kind::Missing);
    ResourcePolicy wider(dir / "doc", {dir / "shared"});
    CHECK(wider.resolve("logo.png").kind == Kind::Local);
    CHECK(wider.resolve("../secret/passwd").kind == Kind::Refused);
  }
  SECTION("local_file warns with the position and says why") {
    mdexport::Diagnostics diag("doc.md");
    CHECK_FALSE(policy.local_file("../secret/passwd", "image", {3, 5}, diag));
    CHECK_FALSE(policy.local_file("https://x.org/a.png", "image", {4, 1}, diag));
    CHECK_FALSE(policy.local_file("nope.png", "image", {5, 2}, diag));
    CHECK(policy.local_file("img/a%20b.png", "image", {6, 1}, diag));
    CHECK(diag.warnings() ==
          std::vector<std::string>{
              "doc.md:3:5: warning: image ../secret/passwd is outside the document's directory and "
              "--resource-path; not read",
              "doc.md:4:1: warning: image https://x.org/a.png is remote and was not fetched",
              "doc.md:5:2: warning: image nope.png not found"});
  }
}
