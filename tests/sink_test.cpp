#include "writer/sink.hpp"

#include <catch2/catch.hpp>
#include <fcntl.h>

#include "support.hpp"
#include "util/diagnostics.hpp"

namespace fs = std::filesystem;
using mdexport::AtomicFileSink;

namespace {

int entries(const fs::path& dir) {
  int n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("AtomicFileSink replaces the target only on commit", "[sink]") {
  test::TempDir dir;
  const auto target = dir / "out.txt";
  test::write_file(target, "old");

  SECTION("committed output replaces the old file and leaves nothing else") {
    {
      AtomicFileSink sink(target);
      sink.write("new");
      sink.commit();
    }
    CHECK(test::read_file(target) == "new");
    CHECK(entries(dir.path()) == 1);
  }
  SECTION("abandoned output leaves the old file untouched and no temporary") {
    {
      AtomicFileSink sink(target);
      sink.write("partial");
    }
    CHECK(test::read_file(target) == "old");
    CHECK(entries(dir.path()) == 1);
  }
  SECTION("a missing directory is a clear error") {
    CHECK_THROWS_WITH(AtomicFileSink(dir / "no/such/out.txt"),
                      Catch::Matchers::StartsWith("error: cannot create a file in ") &&
                          Catch::Matchers::EndsWith("No such file or directory"));
  }
}

TEST_CASE("a full disk is an error and not a silent truncation", "[sink]") {
  mdexport::FdSink sink(open("/dev/full", O_WRONLY));
  CHECK_THROWS_WITH(sink.write("x"), Catch::Matchers::Contains("No space left on device"));
}
