#include <dlfcn.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

// The program copied into dir, without the module that lies beside it.
void lone_program(const test::TempDir& dir) {
  test::copy_program(dir.path());
  test::write_file(dir / "in.md", "# Title\n\nSome text.\n");
}

// The file zlib was loaded from: a real shared library that is not ours.
fs::path zlib_file() {
  Dl_info info{};
  REQUIRE(dladdr(reinterpret_cast<void*>(&zlibVersion), &info) != 0);
  return info.dli_fname;
}

}  // namespace

TEST_CASE("the PDF writer's libraries are loaded only for a PDF", "[run][module]") {
  test::TempDir dir;
  test::write_file(dir / "in.md", "# Title\n\nSome text.\n");
  const auto text = test::run_mdexport("in.md -t txt,epub", dir.path(), "LD_DEBUG=files");
  REQUIRE(text.status == 0);
  CHECK(text.err.find("calling init: ") != std::string::npos);
  CHECK(text.err.find("libhpdf") == std::string::npos);
  CHECK(text.err.find("libharfbuzz") == std::string::npos);
  CHECK(text.err.find("mdexport-pdf.so") == std::string::npos);

  const auto pdf = test::run_mdexport("in.md -t pdf", dir.path(), "LD_DEBUG=files");
  REQUIRE(pdf.status == 0);
  CHECK(pdf.err.find("mdexport-pdf.so") != std::string::npos);
  CHECK(pdf.err.find("libhpdf") != std::string::npos);
  CHECK(fs::file_size(dir / "in.pdf") > 0);
}

TEST_CASE("without its PDF module the program still writes text and says what is missing", "[run][module]") {
  test::TempDir dir;
  lone_program(dir);
  const auto text = test::run_copied_program(dir.path(), "in.md -t txt");
  CHECK(text.status == 0);
  CHECK(fs::exists(dir / "in.txt"));

  const auto pdf = test::run_copied_program(dir.path(), "in.md -t pdf");
  CHECK(pdf.status == 1);
  CHECK_THAT(pdf.err, Catch::Matchers::Contains("error: the PDF writer module is missing (looked for " +
                                                (dir / "mdexport-pdf.so").string()));
  CHECK_THAT(pdf.err, Catch::Matchers::Contains("reinstall mdexport"));
  CHECK_FALSE(fs::exists(dir / "in.pdf"));
}

TEST_CASE("a module that is not this version's PDF writer is refused", "[run][module]") {
  test::TempDir dir;
  lone_program(dir);
  // It loads, and lacks our entry points.
  fs::copy_file(zlib_file(), dir / "mdexport-pdf.so");
  const auto pdf = test::run_copied_program(dir.path(), "in.md -t pdf");
  CHECK(pdf.status == 1);
  CHECK_THAT(pdf.err, Catch::Matchers::Contains("mdexport-pdf.so is not the PDF writer of mdexport"));
  CHECK_FALSE(fs::exists(dir / "in.pdf"));
}

// Thread-local storage in a module loaded with dlopen is reached through
// __tls_get_addr, whose bookkeeping in GCC 12's LeakSanitizer misreads some
// blocks and crashes the leak check of the sanitizer test run.
TEST_CASE("the modules keep no thread-local storage", "[run][module]") {
  const fs::path dir = fs::path(MDEXPORT_BINARY).parent_path();
  for (const char* module : {"mdexport-pdf.so", "mdexport-html.so"}) {
    INFO(module);
    const auto headers = test::sh("readelf -lW '" + (dir / module).string() + "'");
    REQUIRE(headers.status == 0);
    CHECK(headers.out.find("LOAD") != std::string::npos);
    CHECK(headers.out.find(" TLS ") == std::string::npos);
  }
}
