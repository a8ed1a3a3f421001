#include <catch2/catch.hpp>

#include "formats/xhtml/local_image.hpp"
#include "support.hpp"

using namespace mdexport;

TEST_CASE("Image types come from their bytes", "[local_image]") {
  CHECK(sniff_image_type("\x89PNG\r\n\x1a\n....") == "image/png");
  CHECK(sniff_image_type("\xFF\xD8\xFF\xE0") == "image/jpeg");
  CHECK(sniff_image_type("GIF89a") == "image/gif");
  CHECK(sniff_image_type(std::string("RIFF\x10\0\0\0WEBPVP8L", 16)) == "image/webp");
  CHECK(sniff_image_type("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>") == "image/svg+xml");
  CHECK(sniff_image_type("hello") == "");
}

TEST_CASE("Only a document whose root is svg in the SVG namespace is sniffed as SVG", "[security][local_image][svg]") {
  const std::string ns = " xmlns=\"http://www.w3.org/2000/svg\"";
  CHECK(sniff_image_type("\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- <html> -->\n<!DOCTYPE svg [<!ENTITY a '>'>]>\n"
                         "<svg" + ns + "/>") == "image/svg+xml");
  CHECK(sniff_image_type("<s:svg xmlns:s='http://www.w3.org/2000/svg'></s:svg>") == "image/svg+xml");
  CHECK(sniff_image_type("<svg width='1'\n" + ns + ">") == "image/svg+xml");
  // A page that mentions svg early, an svg without the namespace, or with
  // the namespace on another prefix, is not an SVG image.
  CHECK(sniff_image_type("<html><body><svg" + ns + "/></body></html>") == "");
  CHECK(sniff_image_type("text <svg" + ns + "/>") == "");
  CHECK(sniff_image_type("<svg width='1'/>") == "");
  CHECK(sniff_image_type("<svgx" + ns + "/>") == "");
  CHECK(sniff_image_type("<s:svg xmlns='http://www.w3.org/2000/svg'/>") == "");
  CHECK(sniff_image_type("<!-- never closed <svg" + ns + "/>") == "");
}

TEST_CASE("Local images are found relative to the document", "[local_image]") {
  test::TempDir dir;
  test::write_file(dir / "my pic.gif", "GIF89a...");
  std::string why;
  const ResourcePolicy policy(dir.path());
  Diagnostics diag;
  auto image = load_local_image("my%20pic.gif?v=2", policy, diag, why);
  REQUIRE(image);
  CHECK(image->media_type == "image/gif");
  CHECK_FALSE(load_local_image("nope.png", policy, diag, why));
  CHECK(why == "image not found: nope.png");
  test::write_file(dir / "text.png", "plain text");
  CHECK_FALSE(load_local_image("text.png", policy, diag, why));
  CHECK(why == "not a PNG, JPEG, GIF, SVG or WebP image: text.png");
  // Both files found were read: the output depends on them.
  CHECK(diag.dependencies().size() == 2);
  test::write_file(dir.path().parent_path() / "outside.png", "\x89PNG\r\n\x1a\n");
  CHECK_FALSE(load_local_image("../outside.png", policy, diag, why));
  CHECK(why == "image ../outside.png is outside the document's directory and --resource-path; not read");
}
