#include "writer/temp_files.hpp"

#include <catch2/catch.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "support.hpp"
#include "writer/sink.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> names(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  return out;
}

}  // namespace

TEST_CASE("a signal in the middle of writing leaves no partial file", "[temp_files]") {
  test::TempDir dir;
  test::write_file(dir / "out.pdf", "old");
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    mdexport::remove_temp_files_on_signals();
    mdexport::AtomicFileSink sink(dir / "out.pdf");
    sink.write("half a document");
    raise(SIGTERM);
    _exit(0);  // not reached: the handler re-raises with the default action
  }
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(names(dir.path()) == std::vector<std::string>{"out.pdf"});
  CHECK(test::read_file(dir / "out.pdf") == "old");
}

TEST_CASE("remove_tracked_temp_files removes files in flight and only those", "[temp_files]") {
  test::TempDir dir;
  test::write_file(dir / "keep.txt", "keep");
  mdexport::AtomicFileSink sink(dir / "out.txt");
  sink.write("partial");
  CHECK(names(dir.path()).size() == 2);
  mdexport::remove_tracked_temp_files();
  CHECK(names(dir.path()) == std::vector<std::string>{"keep.txt"});
}

TEST_CASE("a signal landing while a temporary file is created leaves none behind", "[temp_files][security][output]") {
  // Children that do nothing but create and drop temporary files on two
  // threads, so that most signals land inside a creation.
  test::TempDir dir;
  std::mt19937 random(9);
  // SIGTERM held until the child has our handlers in place of Catch's.
  sigset_t term, old;
  sigemptyset(&term);
  sigaddset(&term, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    sigprocmask(SIG_BLOCK, &term, &old);
    const pid_t child = fork();
    if (child == 0) {
      mdexport::remove_temp_files_on_signals();
      sigprocmask(SIG_SETMASK, &old, nullptr);
      const fs::path target = dir / "out.txt";
      auto churn = [target] {
        for (;;) mdexport::AtomicFileSink sink(target);
      };
      std::thread other(churn);
      churn();
    }
    sigprocmask(SIG_SETMASK, &old, nullptr);
    REQUIRE(child > 0);
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 2000));
    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
  }
  CHECK(names(dir.path()).empty());
}

// A real fault, not a raise(); UBSan would stop it before it faults.
static __attribute__((no_sanitize("undefined"))) void store_through_null() { *static_cast<volatile int*>(nullptr) = 1; }

TEST_CASE("a crash removes the temporary files and still dies of its signal", "[temp_files][security][output]") {
  for (const int sig : {SIGSEGV, SIGABRT}) {
    CAPTURE(sig);
    test::TempDir dir;
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // Catch's own handlers are the test program's, not mdexport's.
      for (int s : {SIGSEGV, SIGABRT}) signal(s, SIG_DFL);
      mdexport::remove_temp_files_on_signals();
      mdexport::AtomicFileSink sink(dir / "out.pdf");
      sink.write("half a document");
      if (sig == SIGSEGV) store_through_null();
      std::abort();
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK(names(dir.path()).empty());
  }
}
