#include "formats/pdf/image_info.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace mdexport::pdf;

namespace {

// The smallest valid headers: what inspect_image reads.
std::string png_header(int w, int h) {
  std::string s("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16);
  for (int v : {w, h})
    for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xFF);
  return s + std::string(8, '\0');
}

std::string jpeg_header(int w, int h) {
  std::string s("\xFF\xD8\xFF\xE0\x00\x04\x00\x00\xFF\xC0\x00\x11\x08", 13);
  s += static_cast<char>(h >> 8);
  s += static_cast<char>(h & 0xFF);
  s += static_cast<char>(w >> 8);
  s += static_cast<char>(w & 0xFF);
  return s + std::string(12, '\0');
}

}  // namespace

TEST_CASE("images are inspected without being decoded", "[pdf][image_info]") {
  test::TempDir dir;
  test::write_file(dir / "a.png", png_header(640, 480));
  test::write_file(dir / "b b.jpg", jpeg_header(300, 200));
  test::write_file(dir / "c.gif", "GIF89a....");

  SECTION("PNG size from IHDR") {
    const auto info = inspect_image("a.png", mdexport::ResourcePolicy(dir.path()));
    CHECK(info.type == ImageType::Png);
    CHECK(info.width == 640);
    CHECK(info.height == 480);
    CHECK(info.path == dir / "a.png");
  }
  SECTION("JPEG size from the start-of-frame marker, percent-encoded names decoded") {
    const auto info = inspect_image("b%20b.jpg", mdexport::ResourcePolicy(dir.path()));
    CHECK(info.type == ImageType::Jpeg);
    CHECK(info.width == 300);
    CHECK(info.height == 200);
  }
  SECTION("other formats, missing files and remote URLs say why") {
    CHECK(inspect_image("c.gif", mdexport::ResourcePolicy(dir.path())).problem ==
          "unsupported image (PDF output takes PNG, JPEG and WebP): " + (dir / "c.gif").string());
    CHECK(inspect_image("nope.png", mdexport::ResourcePolicy(dir.path())).problem == "image not found: nope.png");
    test::write_file(dir / "huge.png", png_header(40000, 40000));
    CHECK(inspect_image("huge.png", mdexport::ResourcePolicy(dir.path())).problem ==
          "image too large (40000 x 40000 pixels; the limit is 100 megapixels): " + (dir / "huge.png").string());
    std::filesystem::create_directory(dir / "sub");
    CHECK(inspect_image("../a.png", mdexport::ResourcePolicy(dir.path() / "sub")).problem ==
          "image ../a.png is outside the document's directory and --resource-path; not read");
    CHECK(inspect_image((dir / "a.png").string(), mdexport::ResourcePolicy(dir.path() / "sub")).type == ImageType::None);
    const auto remote = inspect_image("https://img.shields.io/badge.svg", mdexport::ResourcePolicy(dir.path()));
    CHECK(remote.type == ImageType::None);
    CHECK(remote.problem == "remote image not fetched: https://img.shields.io/badge.svg");
  }
}
