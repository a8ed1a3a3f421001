#include "writer/sink.hpp"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

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
  SECTION("the temporary file's name is short, whatever the target's") {
    const auto long_target = dir / (std::string(251, 'x') + ".txt");
    AtomicFileSink sink(long_target);
    for (const auto& e : fs::directory_iterator(dir.path()))
      if (e.path() != target) CHECK(e.path().filename().string().size() == 18);  // .mdexport-XXXXXXXX
    sink.write("new");
    sink.commit();
    CHECK(test::read_file(long_target) == "new");
  }
}

TEST_CASE("AtomicFileSink keeps the mode of the file it replaces, the new file never more open", "[sink][security]") {
  test::TempDir dir;
  const auto target = dir / "out.txt";
  test::write_file(target, "old");
  REQUIRE(chmod(target.c_str(), 0600) == 0);
  AtomicFileSink sink(target);
  for (const auto& e : fs::directory_iterator(dir.path())) {
    struct stat st {};
    REQUIRE(stat(e.path().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);  // the temporary file too, while it is written
  }
  sink.write("new");
  sink.commit();
  struct stat st {};
  REQUIRE(stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("AtomicFileSink writes a FIFO in place, and only on commit", "[sink][security]") {
  test::TempDir dir;
  const auto fifo = dir / "pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = test::read_file(fifo); });
  {
    AtomicFileSink sink(fifo);  // opens once the reader has
    sink.write("first ");
    sink.write("second");
    SECTION("committed: the reader gets every byte") {
      sink.commit();
      reader.join();
      CHECK(got == "first second");
    }
    SECTION("abandoned: the reader gets end of file and nothing else") {}
  }
  if (reader.joinable()) {
    reader.join();
    CHECK(got.empty());
  }
  struct stat st {};
  REQUIRE(lstat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK(entries(dir.path()) == 1);
}

TEST_CASE("a full disk is an error and not a silent truncation", "[sink]") {
  mdexport::FdSink sink(open("/dev/full", O_WRONLY));
  CHECK_THROWS_WITH(sink.write("x"), Catch::Matchers::Contains("No space left on device"));
}
