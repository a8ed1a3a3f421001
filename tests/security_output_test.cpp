// Issue 18, groups 4 and 9: what -o may name (devices, FIFOs, links, long
// names, existing files' modes) and how the program ends (closed pipes, file
// size limits, signals, out of memory) without a temporary file left or an
// output half written.
#include <catch2/catch.hpp>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <random>
#include <thread>

#include "support.hpp"

extern char** environ;

namespace fs = std::filesystem;
using test::quoted;

namespace {

// Everything in dir whose name starts with '.': our temporary files.
std::vector<std::string> hidden_files(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().filename().string().front() == '.') found.push_back(e.path().string());
  return found;
}

struct stat stat_of(const fs::path& path, bool follow = true) {
  struct stat st {};
  REQUIRE((follow ? stat(path.c_str(), &st) : lstat(path.c_str(), &st)) == 0);
  return st;
}

constexpr const char* kDocument = "# Title\n\nSome text.\n";
constexpr const char* kText = "Title\n=====\n\nSome text.\n";

// Paragraphs enough for outputs well past a pipe's 64 KiB.
std::string long_document() {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Paragraph " + std::to_string(i) + " with a few words to fill a line.\n\n";
  return text;
}

}  // namespace

TEST_CASE("an output that is a character device is written through and stays a device", "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", kDocument);
  // Copies of /dev/null and /dev/full: the real ones are the whole machine's.
  if (mknod((dir / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 ||
      mknod((dir / "full").c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
    WARN("mknod needs root: not checked");
    return;
  }
  SECTION("a device that takes the bytes") {
    const auto run = test::run_mdexport("a.md -t txt -o null", dir.path());
    CHECK(run.status == 0);
    CHECK(run.err.empty());
    CHECK(S_ISCHR(stat_of(dir / "null", false).st_mode));
  }
  SECTION("a device that refuses them: an error, and still a device") {
    const auto run = test::run_mdexport("a.md -t txt -o full", dir.path());
    CHECK(run.status == 1);
    CHECK_THAT(run.err, Catch::Matchers::Contains("cannot write full: No space left on device"));
    CHECK(S_ISCHR(stat_of(dir / "full", false).st_mode));
  }
  CHECK(hidden_files(dir.path()).empty());
}

TEST_CASE("outputs /dev/null and /dev/stdout stay what they are", "[security][output]") {
  // Checked only with the fixed program: the old one replaced the machine's
  // own /dev/null and /dev/stdout when run as root.
  test::TempDir dir;
  test::write_file(dir / "a.md", kDocument);
  const auto null_before = stat_of("/dev/null", false);
  CHECK(test::run_mdexport("a.md -t txt -o /dev/null", dir.path()).status == 0);
  const auto null_after = stat_of("/dev/null", false);
  CHECK(S_ISCHR(null_after.st_mode));
  CHECK(null_after.st_ino == null_before.st_ino);

  const auto stdout_before = stat_of("/dev/stdout", false);
  const auto run = test::run_mdexport("a.md -t txt -o /dev/stdout", dir.path());
  CHECK(run.status == 0);
  CHECK(run.out == kText);
  CHECK(stat_of("/dev/stdout", false).st_ino == stdout_before.st_ino);
  CHECK(S_ISLNK(stat_of("/dev/stdout", false).st_mode));
}

TEST_CASE("an output naming our standard output through /dev/fd or a link writes to that descriptor",
          "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", kDocument);
  fs::create_symlink("/proc/self/fd/1", dir / "stdout-link");
  for (const char* name : {"/dev/fd/1", "/proc/self/fd/1", "stdout-link"}) {
    CAPTURE(name);
    // Appended, as the shell's >> asked: the descriptor is written, the
    // file behind it is neither reopened nor replaced.
    test::write_file(dir / "log", "before\n");
    const auto run = test::run_mdexport("a.md -t txt -o " + std::string(name) + " >>log", dir.path());
    CHECK(run.status == 0);
    CHECK(test::read_file(dir / "log") == std::string("before\n") + kText);
  }
  CHECK(fs::is_symlink(dir / "stdout-link"));
  CHECK(hidden_files(dir.path()).empty());
}

TEST_CASE("an output that is a FIFO is written into and stays a FIFO", "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", kDocument);
  REQUIRE(mkfifo((dir / "pipe").c_str(), 0600) == 0);
  // A cat child reads the FIFO; it gives up after 10 s if nothing opens it.
  const auto run = test::sh("cd " + quoted(dir.path()) + " && { timeout 10 cat pipe >got & } && '" MDEXPORT_BINARY
                            "' a.md -t txt -o pipe; s=$?; wait; exit $s");
  CHECK(run.status == 0);
  CHECK(test::read_file(dir / "got") == kText);
  CHECK(S_ISFIFO(stat_of(dir / "pipe", false).st_mode));
  CHECK(hidden_files(dir.path()).empty());
}

TEST_CASE("an output that is a Unix socket is sent to its listener and stays a socket", "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", kDocument);
  const auto path = dir / "sock";
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  REQUIRE(path.native().size() < sizeof address.sun_path);
  std::memcpy(address.sun_path, path.c_str(), path.native().size());
  const int listener = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(listener >= 0);
  REQUIRE(bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(listen(listener, 1) == 0);
  std::string got;
  std::thread server([&] {
    pollfd waiting{listener, POLLIN, 0};
    if (poll(&waiting, 1, 10000) != 1) return;  // nobody came within 10 s
    const int connection = accept(listener, nullptr, nullptr);
    if (connection < 0) return;
    char buffer[4096];
    for (ssize_t n; (n = read(connection, buffer, sizeof buffer)) > 0;) got.append(buffer, static_cast<std::size_t>(n));
    close(connection);
  });
  const auto run = test::run_mdexport("a.md -t txt -o sock", dir.path());
  server.join();
  close(listener);
  CHECK(run.status == 0);
  CHECK(got == kText);
  CHECK(S_ISSOCK(stat_of(path, false).st_mode));
  CHECK(hidden_files(dir.path()).empty());
}

TEST_CASE("an output that is a symbolic link has its target replaced and stays a link", "[security][output]") {
  test::TempDir dir;
  fs::create_directories(dir / "in");
  fs::create_directories(dir / "real");
  test::write_file(dir / "in/a.md", kDocument);
  test::write_file(dir / "real/out.txt", "old");
  fs::create_symlink("../real/out.txt", dir / "in/hop2.txt");
  fs::create_symlink("hop2.txt", dir / "in/out.txt");
  const auto run = test::run_mdexport("a.md -t txt -o out.txt", dir / "in");
  CHECK(run.status == 0);
  CHECK(fs::is_symlink(dir / "in/out.txt"));
  CHECK(fs::read_symlink(dir / "in/out.txt") == "hop2.txt");
  CHECK(fs::is_symlink(dir / "in/hop2.txt"));
  CHECK(test::read_file(dir / "real/out.txt") == kText);
  CHECK(hidden_files(dir.path()).empty());

  SECTION("a dangling link gets its target created") {
    fs::create_symlink("../real/new.txt", dir / "in/new.txt");
    CHECK(test::run_mdexport("a.md -t txt -o new.txt", dir / "in").status == 0);
    CHECK(fs::is_symlink(dir / "in/new.txt"));
    CHECK(test::read_file(dir / "real/new.txt") == kText);
  }
  SECTION("a loop of links is an error") {
    fs::create_symlink("loop2.txt", dir / "in/loop1.txt");
    fs::create_symlink("loop1.txt", dir / "in/loop2.txt");
    const auto loop = test::run_mdexport("a.md -t txt -o loop1.txt", dir / "in");
    CHECK(loop.status == 1);
    CHECK_THAT(loop.err, Catch::Matchers::Contains("cannot write loop1.txt: Too many levels of symbolic links"));
  }
}

TEST_CASE("an existing output keeps its permission bits and owner", "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", kDocument);
  for (const mode_t mode : {0600, 0640, 0664, 0400}) {
    CAPTURE(mode);
    test::write_file(dir / "out.txt", "old");
    REQUIRE(chmod((dir / "out.txt").c_str(), mode) == 0);
    const bool root = geteuid() == 0;
    if (root) REQUIRE(chown((dir / "out.txt").c_str(), 65534, 65534) == 0);
    const auto run = test::run_mdexport("a.md -t txt -o out.txt", dir.path());
    CHECK(run.status == 0);
    CHECK(test::read_file(dir / "out.txt") == kText);
    const auto st = stat_of(dir / "out.txt");
    CHECK((st.st_mode & 07777) == mode);
    if (root) CHECK(st.st_uid == 65534);
    if (root) CHECK(st.st_gid == 65534);
    fs::remove(dir / "out.txt");
  }
  SECTION("set-id bits are not carried over to new content") {
    test::write_file(dir / "out.txt", "old");
    REQUIRE(chmod((dir / "out.txt").c_str(), 04755) == 0);
    CHECK(test::run_mdexport("a.md -t txt -o out.txt", dir.path()).status == 0);
    CHECK((stat_of(dir / "out.txt").st_mode & 07777) == 0755);
  }
  SECTION("a new output gets 0666 less the umask") {
    CHECK(test::run_mdexport("a.md -t txt -o new.txt", dir.path(), "umask 027 &&").status == 0);
    CHECK((stat_of(dir / "new.txt").st_mode & 07777) == 0640);
  }
}

TEST_CASE("an output name of 250 characters is written", "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "a.md", kDocument);
  const std::string name = std::string(246, 'n') + ".txt";
  const auto run = test::run_mdexport("a.md -t txt -o " + name, dir.path());
  CHECK(run.status == 0);
  CHECK(run.err.empty());
  CHECK(test::read_file(dir / name) == kText);
  CHECK(hidden_files(dir.path()).empty());
}

TEST_CASE("a reader that closes the pipe early is a write error, exit 1, not SIGPIPE", "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "big.md", long_document());
  // The status of mdexport itself, not of head, is what the file keeps.
  const auto run = test::sh("cd " + quoted(dir.path()) + " && { '" MDEXPORT_BINARY
                            "' big.md -t txt -o -; echo $? >status; } | head -c 10");
  CHECK(run.out.size() == 10);
  CHECK(test::read_file(dir / "status") == "1\n");
  CHECK_THAT(run.err, Catch::Matchers::Contains("mdexport: error: cannot write standard output: Broken pipe"));

  SECTION("and into a FIFO") {
    REQUIRE(mkfifo((dir / "pipe").c_str(), 0600) == 0);
    const auto fifo = test::sh("cd " + quoted(dir.path()) + " && { timeout 10 head -c 10 pipe >got & } && '"
                               MDEXPORT_BINARY "' big.md -t txt -o pipe; s=$?; wait; exit $s");
    CHECK(fifo.status == 1);
    CHECK_THAT(fifo.err, Catch::Matchers::Contains("cannot write pipe: Broken pipe"));
  }
  CHECK(hidden_files(dir.path()).empty());
}

TEST_CASE("a file size limit is a write error: exit 1, no temporary file, the old output kept",
          "[security][output]") {
  test::TempDir dir;
  test::write_file(dir / "big.md", long_document());
  for (const char* format : {"txt", "pdf"}) {
    CAPTURE(format);
    const std::string out = std::string("big.") + format;
    test::write_file(dir / out, "old");
    const auto run = test::run_mdexport("big.md -o " + out, dir.path(), "ulimit -f 64 &&");
    CHECK(run.status == 1);
    CHECK_THAT(run.err, Catch::Matchers::Contains("cannot write " + out + ": File too large"));
    CHECK(test::read_file(dir / out) == "old");
    CHECK(hidden_files(dir.path()).empty());
  }
}

TEST_CASE("SIGTERM at any moment of a run leaves no temporary file", "[security][output][slow]") {
  test::TempDir dir;
  std::string text;
  for (int i = 0; i < 300; ++i) text += "## Section " + std::to_string(i) + "\n\nSome *text* here.\n\n";
  test::write_file(dir / "a.md", text);
  test::write_file(dir / "b.md", text);
  const std::string out = (dir / "out").string();
  const std::vector<std::string> args = {MDEXPORT_BINARY, "a.md", "b.md", "-j", "2", "-t", "txt,html,epub",
                                         "--out-dir", out};
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const auto cwd = fs::current_path();
  fs::current_path(dir.path());
  std::mt19937 random(18);
  int killed = 0;
  for (int i = 0; i < 150; ++i) {
    pid_t child = 0;
    REQUIRE(posix_spawn(&child, MDEXPORT_BINARY, nullptr, nullptr, argv.data(), environ) == 0);
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 40000));
    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
    if (WIFSIGNALED(status)) ++killed;
  }
  fs::current_path(cwd);
  CHECK(killed > 0);
  CHECK(hidden_files(dir.path()) == std::vector<std::string>{});
}

TEST_CASE("out of memory while parsing is an error, exit 1, not an abort", "[security][output]") {
#if defined(__SANITIZE_ADDRESS__)
  WARN("an address space limit and AddressSanitizer's shadow memory do not mix: not checked");
#else
  test::TempDir dir;
  std::string text;
  for (int i = 0; i < 4000000; ++i) text += "a\n\n";
  test::write_file(dir / "many.md", text);
  const auto run = test::run_mdexport("many.md -t txt -o many.txt", dir.path(), "ulimit -v 400000 &&");
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Matchers::Contains("mdexport: error: out of memory reading many.md"));
  CHECK_FALSE(fs::exists(dir / "many.txt"));
  CHECK(hidden_files(dir.path()).empty());
#endif
}
