// Hostile pictures against every image decoder: each one either draws or is
// an error (or a warning) naming the document's line and column; never a
// crash, an abort or unbounded memory. The pictures are made here with
// libpng, libjpeg and libwebp (image_samples), then damaged by hand.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "image_samples.hpp"
#include "support.hpp"

using test::quoted;

namespace {

// Writes doc.md showing image (as name) on line 3, converts it to PDF.
test::Run convert_with(const test::TempDir& dir, const std::string& name, const std::string& image,
                       const std::string& format = "pdf") {
  test::write_file(dir / name, image);
  test::write_file(dir / "doc.md", "# Shot\n\n![a picture](" + name + ")\n\nAfter.\n");
  return test::run_mdexport("doc.md -o doc." + format, dir.path());
}

bool qpdf_ok(const std::filesystem::path& pdf) { return test::sh("qpdf --check " + quoted(pdf)).status == 0; }

// pdfimages -list rows: "page num type width height color comp bpc ...".
std::string image_list(const std::filesystem::path& pdf) { return test::sh("pdfimages -list " + quoted(pdf)).out; }

// Whether an image_list has a row matching the regular expression row.
bool lists(const std::string& list, const char* row) { return std::regex_search(list, std::regex(row)); }

// The image_list of doc.pdf drawn by convert_with, which must succeed and
// write a PDF that qpdf checks.
std::string drawn_images(const test::TempDir& dir, const std::string& name, const std::string& image) {
  const auto r = convert_with(dir, name, image);
  REQUIRE(r.status == 0);
  CHECK(qpdf_ok(dir / "doc.pdf"));
  return image_list(dir / "doc.pdf");
}

bool no_temp_files(const std::filesystem::path& dir) {
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const auto name = e.path().filename().string();
    if (name.find(".tmp") != std::string::npos || name.starts_with(".")) return false;
  }
  return true;
}

// "m<n>", appended: g++ 12 warns (-Wrestrict, falsely) on "m" + std::to_string(n).
std::string doc_name(int n) {
  std::string out = std::to_string(n);
  out.insert(out.begin(), 'm');
  return out;
}

// Runs the program in dir with args (no shell) and measures its peak
// memory: a limit on address space instead would stop a sanitizer build,
// which reserves terabytes.
struct Measured {
  int status = -1;
  std::string err;
  long max_rss_kb = 0;
};
Measured run_measured(const std::filesystem::path& dir, std::vector<std::string> args) {
  const auto err_path = dir / "stderr.txt";
  args.insert(args.begin(), MDEXPORT_BINARY);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || dup2(fd, 2) < 0 || chdir(dir.c_str()) != 0) _exit(127);
    execv(argv[0], argv.data());
    _exit(127);
  }
  Measured m;
  int status = 0;
  rusage usage{};
  if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m.max_rss_kb = usage.ru_maxrss;
  }
  m.err = test::read_file(err_path);
  std::filesystem::remove(err_path);
  return m;
}

// The pixel at x, y of page 1 rendered at 72 dpi, as "r g b" (pdftoppm, PPM).
std::string rendered_pixel(const std::filesystem::path& pdf, int x, int y) {
  const auto r = test::sh("pdftoppm -r 72 -f 1 -l 1 -x " + std::to_string(x) + " -y " + std::to_string(y) +
                          " -W 1 -H 1 " + quoted(pdf));
  // "P6\n1 1\n255\n" then 3 bytes.
  if (r.out.size() < 3) return "none";
  const auto* p = reinterpret_cast<const unsigned char*>(r.out.data() + r.out.size() - 3);
  return std::to_string(p[0]) + " " + std::to_string(p[1]) + " " + std::to_string(p[2]);
}

}  // namespace

TEST_CASE("a truncated PNG is an error at the image's position, never an abort", "[security][images]") {
  test::TempDir dir;
  const auto png = test::png_image(64, 64);
  for (std::size_t cut : {test::idat_offset(png) + 10, png.size() - 20, png.size() - 5}) {
    INFO(cut);
    const auto r = convert_with(dir, "shot.png", png.substr(0, cut));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Matchers::StartsWith("mdexport: doc.md:3:1: error: cannot decode image shot.png: "));
    CHECK_FALSE(std::filesystem::exists(dir / "doc.pdf"));
    CHECK(no_temp_files(dir.path()));
  }
}

TEST_CASE("a PNG with a corrupt CRC or corrupt IDAT data is an error, never an abort", "[security][images]") {
  test::TempDir dir;
  const auto png = test::png_image(64, 64);
  SECTION("IDAT's CRC") {
    const auto r = convert_with(dir, "shot.png", test::with_bad_crc(png, 1));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Matchers::Contains("doc.md:3:1: error: cannot decode image shot.png: IDAT: CRC error"));
  }
  SECTION("IDAT's deflate data") {
    auto bad = png;
    for (std::size_t i = test::idat_offset(png) + 2; i < test::idat_offset(png) + 12; ++i) bad[i] = '\xFF';
    // The chunk's CRC made right again, so that zlib meets the damage.
    const auto r = convert_with(dir, "shot.png", test::with_fixed_crc(bad, 1));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Matchers::StartsWith("mdexport: doc.md:3:1: error: cannot decode image shot.png: "));
  }
  CHECK_FALSE(std::filesystem::exists(dir / "doc.pdf"));
}

TEST_CASE("every mutation of a PNG, JPEG and WebP converts or fails cleanly", "[security][images]") {
  // Byte flips through the whole file, one a document, all in one batch:
  // it ends with exit 0 or 1 (never a signal), and each PDF written is valid.
  test::TempDir dir;
  struct Sample {
    const char* ext;
    std::string bytes;
  };
  const Sample samples[] = {{"png", test::png_image(16, 16)},
                            {"jpg", test::jpeg_image(16, 16)},
                            {"webp", test::webp_image(16, 16, true)}};
  std::string args = "-t pdf";
  int docs = 0;
  for (const auto& s : samples) {
    const std::size_t step = std::max<std::size_t>(1, s.bytes.size() / 40);
    for (std::size_t at = 0; at < s.bytes.size(); at += step) {
      auto bad = s.bytes;
      bad[at] = static_cast<char>(bad[at] ^ 0x5A);
      const std::string name = doc_name(++docs);
      test::write_file(dir / (name + "." + s.ext), bad);
      test::write_file(dir / (name + ".md"), "# " + name + "\n\n![flipped at " + std::to_string(at) + "](" + name +
                                                 "." + s.ext + ")\n");
      args += " " + name + ".md";
    }
  }
  const auto r = test::run_mdexport(args, dir.path());
  INFO(r.err);
  REQUIRE((r.status == 0 || r.status == 1));
  int written = 0;
  for (int i = 1; i <= docs; ++i) {
    const auto pdf = dir / (doc_name(i) + ".pdf");
    if (!std::filesystem::exists(pdf)) continue;
    ++written;
    INFO(pdf.filename());
    CHECK(qpdf_ok(pdf));
  }
  CHECK(written > 0);
  CHECK(written < docs);
  CHECK(no_temp_files(dir.path()));
}

TEST_CASE("an RGB PNG with tRNS draws with its transparency as a soft mask", "[security][images]") {
  test::TempDir dir;
  test::PngSpec spec;  // 8 x 8 RGB; the colour 0,0,0 transparent
  spec.trns = {0, 0, 0, 0, 0, 0};
  spec.samples.assign(8 * 8 * 3, 0xC0);
  for (int i = 0; i < 8 * 4 * 3; ++i) spec.samples[static_cast<std::size_t>(i)] = 0;  // top half black
  const auto list = drawn_images(dir, "shot.png", test::png_image(spec));
  CHECK(lists(list, "\\n +1 +0 +image +8 +8 +rgb +3 +8 "));
  CHECK(lists(list, "\\n +1 +1 +smask +8 +8 +gray +1 +8 "));
}

TEST_CASE("PNG variants draw their pixels: interlaced, palette, 16-bit, gray+alpha", "[security][images]") {
  test::TempDir dir;
  SECTION("interlaced RGB: the picture, not an empty frame") {
    test::PngSpec spec;
    spec.width = spec.height = 64;
    spec.interlaced = true;
    spec.samples.resize(64 * 64 * 3);
    for (std::size_t i = 0; i < spec.samples.size(); i += 3) spec.samples[i] = 0xFF;  // pure red
    // 64 px = 48 pt wide, centred on the A4 text column, below the heading.
    const auto list = drawn_images(dir, "shot.png", test::png_image(spec));
    REQUIRE(lists(list, "\\n +1 +0 +image +64 +64 +rgb +3 +8 "));
    // Rendered: red in the picture's middle (273..321, 90..138 at 72 dpi),
    // where an empty frame leaves white.
    const auto pdf = dir / "doc.pdf";
    CHECK(rendered_pixel(pdf, 297, 114) == "255 0 0");
  }
  SECTION("palette with transparency") {
    test::PngSpec spec;
    spec.color_type = 3;
    spec.palette = {255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255};
    spec.trns = {255, 128};
    const auto list = drawn_images(dir, "shot.png", test::png_image(spec));
    CHECK(lists(list, "\\n +1 +0 +image +8 +8 +rgb +3 +8 "));
    CHECK(lists(list, "\\n +1 +1 +smask +8 +8 +gray +1 +8 "));
  }
  SECTION("palette of 2 bits") {
    test::PngSpec spec;
    spec.color_type = 3;
    spec.bit_depth = 2;
    spec.palette = {255, 0, 0, 0, 255, 0, 0, 0, 255};
    const auto r = convert_with(dir, "shot.png", test::png_image(spec));
    REQUIRE(r.status == 0);
    CHECK(lists(image_list(dir / "doc.pdf"), "\\n +1 +0 +image +8 +8 +rgb +3 +8 "));
  }
  SECTION("16-bit RGBA, scaled to 8 bits") {
    test::PngSpec spec;
    spec.color_type = 6;
    spec.bit_depth = 16;
    const auto list = drawn_images(dir, "shot.png", test::png_image(spec));
    CHECK(lists(list, "\\n +1 +0 +image +8 +8 +rgb +3 +8 "));
    CHECK(lists(list, "\\n +1 +1 +smask +8 +8 +gray +1 +8 "));
  }
  SECTION("gray+alpha") {
    test::PngSpec spec;
    spec.color_type = 4;
    const auto list = drawn_images(dir, "shot.png", test::png_image(spec));
    CHECK(lists(list, "\\n +1 +0 +image +8 +8 +gray +1 +8 "));
    CHECK(lists(list, "\\n +1 +1 +smask +8 +8 +gray +1 +8 "));
  }
  SECTION("1-bit gray") {
    test::PngSpec spec;
    spec.color_type = 0;
    spec.bit_depth = 1;
    const auto r = convert_with(dir, "shot.png", test::png_image(spec));
    REQUIRE(r.status == 0);
    CHECK(lists(image_list(dir / "doc.pdf"), "\\n +1 +0 +image +8 +8 +gray +1 +8 "));
  }
}

TEST_CASE("JPEGs: baseline and progressive pass through, CMYK becomes RGB, truncated is an error",
          "[security][images]") {
  test::TempDir dir;
  SECTION("baseline RGB is embedded as it is") {
    const auto list = drawn_images(dir, "shot.jpg", test::jpeg_image(32, 16));
    CHECK(lists(list, "\\n +1 +0 +image +32 +16 +rgb +3 +8 +jpeg "));
  }
  SECTION("progressive gray is embedded as it is") {
    const auto list = drawn_images(dir, "shot.jpg", test::jpeg_image(32, 16, 1, true));
    CHECK(lists(list, "\\n +1 +0 +image +32 +16 +gray +1 +8 +jpeg "));
  }
  SECTION("CMYK is decoded to RGB pixels") {
    const auto list = drawn_images(dir, "shot.jpg", test::jpeg_image(32, 16, 4));
    CHECK(lists(list, "\\n +1 +0 +image +32 +16 +rgb +3 +8 +image "));
  }
  SECTION("a truncated JPEG is an error at its position") {
    const auto jpeg = test::jpeg_image(64, 64);
    const auto r = convert_with(dir, "shot.jpg", jpeg.substr(0, jpeg.size() / 2));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Matchers::StartsWith("mdexport: doc.md:3:1: error: cannot decode image shot.jpg: "));
    CHECK_FALSE(std::filesystem::exists(dir / "doc.pdf"));
  }
}

TEST_CASE("a WebP image draws in the PDF, its alpha as a soft mask", "[security][images]") {
  test::TempDir dir;
  const auto r = convert_with(dir, "shot.webp", test::webp_image(16, 8, true));
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  CHECK(qpdf_ok(dir / "doc.pdf"));
  const auto list = image_list(dir / "doc.pdf");
  CHECK(lists(list, "\\n +1 +0 +image +16 +8 +rgb +3 +8 "));
  CHECK(lists(list, "\\n +1 +1 +smask +16 +8 +gray +1 +8 "));
}

TEST_CASE("a picture whose header claims more than 100 megapixels is refused before decoding, in little memory",
          "[security][images]") {
  test::TempDir dir;
  // A real PNG of 100000 x 100000 would be gigabytes of zeros: its header
  // alone says enough. The decoder must not start on it.
  std::string png = test::png_image(8, 8);
  for (int i = 0; i < 2; ++i)
    for (int k = 0; k < 4; ++k) png[16 + i * 4 + k] = "\x00\x01\x86\xA0"[k];  // 100000
  png = test::with_fixed_crc(png, 0);
  test::write_file(dir / "big.png", png);
  test::write_file(dir / "doc.md", "# Big\n\n![big](big.png)\n");
  const auto r = run_measured(dir.path(), {"doc.md", "-o", "doc.pdf"});
  CHECK(r.status == 0);
  CHECK(r.max_rss_kb < 300'000);  // decoding would take 40 GB
  CHECK_THAT(r.err, Catch::Matchers::Contains("doc.md:3:1: warning: image too large (100000 x 100000 pixels; the limit "
                                              "is 100 megapixels)"));
  CHECK(qpdf_ok(dir / "doc.pdf"));
}

TEST_CASE("a 16383 x 16383 WebP in an EPUB is refused with a warning, in bounded memory", "[security][images]") {
  test::TempDir dir;
  // Lossless WebP whose every pixel takes no bits: 34 bytes that decode
  // to 1 GB of RGBA.
  const auto webp = test::webp_of_nothing(16383, 16383);
  test::write_file(dir / "big.webp", webp);
  test::write_file(dir / "doc.md", "# Big\n\n![big](big.webp)\n");
  const auto r = run_measured(dir.path(), {"doc.md", "-o", "doc.epub"});
  CHECK(r.status == 0);
  CHECK(r.max_rss_kb < 300'000);  // 3.2 GB when it was decoded
  CHECK_THAT(r.err, Catch::Matchers::Contains("doc.md:3:1: warning: cannot decode WebP image big.webp: image too large "
                                              "(16383 x 16383 pixels; the limit is 100 megapixels)"));
  CHECK(std::filesystem::exists(dir / "doc.epub"));
}

TEST_CASE("a batch with one undecodable picture converts the others, prints the summary and exits 1",
          "[security][images]") {
  test::TempDir dir;
  test::write_file(dir / "good.png", test::png_image(8, 8));
  const auto png = test::png_image(64, 64);
  test::write_file(dir / "bad.png", png.substr(0, png.size() / 2));
  test::write_file(dir / "a.md", "# A\n\n![ok](good.png)\n");
  test::write_file(dir / "b.md", "# B\n\nText.\n\n![broken](bad.png)\n");
  test::write_file(dir / "c.md", "# C\n\n![ok](good.png)\n");
  const auto r = test::run_mdexport("-t pdf a.md b.md c.md", dir.path());
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Catch::Matchers::Contains("b.md:5:1: error: cannot decode image bad.png: "));
  CHECK_THAT(r.err, Catch::Matchers::Contains("2 converted, 1 failed"));
  CHECK(std::filesystem::exists(dir / "a.pdf"));
  CHECK_FALSE(std::filesystem::exists(dir / "b.pdf"));
  CHECK(std::filesystem::exists(dir / "c.pdf"));
  CHECK(qpdf_ok(dir / "a.pdf"));
  CHECK(qpdf_ok(dir / "c.pdf"));
  CHECK(no_temp_files(dir.path()));
}

TEST_CASE("U+FFFF, U+FDD0 and U+10FFFF in the text become U+FFFD with a warning, in every format",
          "[security][images][unicode]") {
  test::TempDir dir;
  // "word<U+FFFF>word" aborted the PDF writer inside libunibreak.
  test::write_file(dir / "doc.md", "# Non\xEF\xBF\xBF" "characters\n\nA \xEF\xB7\x90 b \xF4\x8F\xBF\xBF c "
                                   "word\xEF\xBF\xBFword.\n");
  for (const auto* format : {"pdf", "epub", "html", "txt"}) {
    INFO(format);
    const auto r = test::run_mdexport(std::string("doc.md -o out.") + format, dir.path());
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Matchers::Contains("doc.md:1:6: warning: noncharacter replaced by U+FFFD"));
    CHECK_THAT(r.err, Catch::Matchers::Contains("doc.md:3:3: warning: noncharacter replaced by U+FFFD"));
    CHECK_THAT(r.err, Catch::Matchers::Contains("doc.md:3:9: warning: noncharacter replaced by U+FFFD"));
    CHECK_THAT(r.err, Catch::Matchers::Contains("doc.md:3:20: warning: noncharacter replaced by U+FFFD"));
    const auto out = test::read_file(dir / (std::string("out.") + format));
    CHECK_FALSE(out.empty());
  }
  CHECK(qpdf_ok(dir / "out.pdf"));
  CHECK_THAT(test::sh("pdftotext " + quoted(dir / "out.pdf") + " -").out,
             Catch::Matchers::Contains("A \xEF\xBF\xBD b \xEF\xBF\xBD c word\xEF\xBF\xBDword."));
}

TEST_CASE("U+FFFF in a --metadata value or in the file's name never reaches the PDF's line breaker",
          "[security][images][unicode]") {
  // Both became the title, broken into lines by libunibreak, which
  // asserted on "word<U+FFFF>word" (exit 134). No heading: the title comes
  // from --metadata, or else from the file's name.
  test::TempDir dir;
  const std::string name = "word\xEF\xBF\xBFword";
  test::write_file(dir / (name + ".md"), "Text.\n");
  const auto a = test::run_mdexport(quoted(std::filesystem::path(name + ".md")) + " -o a.pdf", dir.path());
  CHECK(a.status == 0);
  CHECK(qpdf_ok(dir / "a.pdf"));
  CHECK_THAT(test::sh("pdftotext " + quoted(dir / "a.pdf") + " -").out,
             Catch::Matchers::Contains("word\xEF\xBF\xBDword"));
  test::write_file(dir / "b.md", "Text.\n");
  const auto b = test::run_mdexport("b.md -o b.pdf --metadata 'title=word\xEF\xBF\xBFword and more'", dir.path());
  CHECK(b.status == 0);
  CHECK_THAT(b.err, Catch::Matchers::Contains(
                        "warning: --metadata title: invalid UTF-8 or noncharacters replaced by U+FFFD"));
  CHECK(qpdf_ok(dir / "b.pdf"));
}

TEST_CASE("character references to U+FFFF, U+FFFE and U+FDD0 become U+FFFD, never invalid UTF-8",
          "[security][images][unicode]") {
  // cmark-gfm decodes "&#xFFFF;" to the lone byte 0xFF.
  test::TempDir dir;
  test::write_file(dir / "doc.md", "word&#xFFFF;word &#65534; [a&#xFDD0;](x \"t&#xFFFF;\")\n");
  for (const auto* format : {"txt", "html", "epub", "pdf"}) {
    INFO(format);
    const auto r = test::run_mdexport(std::string("doc.md -o out.") + format, dir.path());
    CHECK(r.status == 0);
  }
  const auto text = test::read_file(dir / "out.txt");
  CHECK_THAT(text, Catch::Matchers::Contains("word\xEF\xBF\xBDword \xEF\xBF\xBD a\xEF\xBF\xBD"));
  CHECK(text.find('\xFF') == std::string::npos);
  const auto html = test::read_file(dir / "out.html");
  CHECK(html.find('\xFF') == std::string::npos);
  CHECK(html.find('\xFE') == std::string::npos);
  CHECK(qpdf_ok(dir / "out.pdf"));
}
