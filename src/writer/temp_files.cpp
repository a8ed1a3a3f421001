#include "writer/temp_files.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace mdexport {
namespace {

constexpr int kSlots = 256;
constexpr std::size_t kPathMax = 4096;

struct Slot {
  std::atomic<int> state{0};  // 0 free, 1 being written, 2 holds a path
  char path[kPathMax]{};
};
// Zeroed by the loader, not by a constructor at start-up, which would touch
// all of its megabyte (256 page faults, 0.4 ms of every run).
constinit Slot slots[kSlots];

std::atomic<bool> exiting{false};
// Threads between tracking a name and knowing whether open() made the file:
// the process must not end while one is there, or a file it creates in the
// kernel stays behind untracked by anyone who lives to remove it.
std::atomic<int> creating{0};
thread_local bool this_thread_creating = false;

// REQUIRES: exiting is set. Bounded: a creation stuck in open() (a hung
// network file system) does not hold the process up for more than a second.
void wait_for_creations() {
  const int own = this_thread_creating ? 1 : 0;
  for (int i = 0; i < 1000 && creating.load() > own; ++i) {
    const timespec millisecond{0, 1000000};
    nanosleep(&millisecond, nullptr);
  }
}

void on_signal(int sig) {
  remove_temp_files_before_exit();
  signal(sig, SIG_DFL);
  raise(sig);
}

// A crash (a fault, abort() from a library or std::terminate) removes the
// temporary files too, then hands the signal to whoever had it before us
// (the default action, a core dump, or a sanitizer's report).
constexpr int kCrashSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
struct sigaction before_crash[std::size(kCrashSignals)];

void on_crash(int sig, siginfo_t* info, void*) {
  remove_temp_files_before_exit();
  for (std::size_t i = 0; i < std::size(kCrashSignals); ++i)
    if (kCrashSignals[i] == sig) sigaction(sig, &before_crash[i], nullptr);
  // A fault returns to the faulting instruction, which faults again into the
  // handler just put back, with its real context; abort() raises again
  // itself. A signal sent with kill() is sent again.
  if (info->si_code <= 0) raise(sig);
}

// 8 letters or digits; random enough that a name taken by another file is
// rare, and when one is, O_EXCL sees it and we draw again.
std::string random_name() {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  unsigned char bytes[8];
  if (getrandom(bytes, sizeof bytes, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof bytes)) {
    // No entropy yet (early boot): mix the clock, the thread and a counter.
    static std::atomic<std::uint64_t> counter{0};
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::uint64_t x = static_cast<std::uint64_t>(now.tv_nsec) ^ (static_cast<std::uint64_t>(now.tv_sec) << 30) ^
                      (static_cast<std::uint64_t>(gettid()) << 40) ^ counter.fetch_add(0x9E3779B97F4A7C15u);
    for (auto& b : bytes) {
      x ^= x >> 33;
      x *= 0xFF51AFD7ED558CCDu;
      b = static_cast<unsigned char>(x >> 56);
    }
  }
  std::string name = ".mdexport-";
  for (unsigned char b : bytes) name += kAlphabet[b % (sizeof kAlphabet - 1)];
  return name;
}

}  // namespace

int track_temp_file(const char* path) {
  if (std::strlen(path) >= kPathMax) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (slots[i].state.compare_exchange_strong(expected, 1)) {
      std::strcpy(slots[i].path, path);
      slots[i].state.store(2);
      return i;
    }
  }
  return -1;
}

void untrack_temp_file(int slot) {
  if (slot >= 0 && slot < kSlots) slots[slot].state.store(0);
}

void remove_tracked_temp_files() {
  for (auto& slot : slots)
    if (slot.state.load() == 2) unlink(slot.path);
}

void remove_temp_files_before_exit() {
  exiting.store(true);
  wait_for_creations();
  remove_tracked_temp_files();
}

void stop_if_exiting() {
  while (exiting.load()) pause();
}

TempFile create_temp_file(const std::filesystem::path& dir, mode_t mode) {
  TempFile file;
  for (int attempt = 0; attempt < 100; ++attempt) {
    file.path = (dir / random_name()).string();
    // Either remove_temp_files_before_exit sees this count and waits for us
    // to finish, then finds our file tracked, or we see exiting and stop
    // before making one.
    creating.fetch_add(1);
    this_thread_creating = true;
    if (exiting.load()) {
      this_thread_creating = false;
      creating.fetch_sub(1);
      stop_if_exiting();
    }
    // Tracked before open(): whenever a signal's handler runs from here on,
    // the name is tracked, whether or not the file exists yet. The one name
    // it could remove that is not ours is another mdexport's temporary file
    // with the same 8 random characters, in the instant before untrack.
    file.slot = track_temp_file(file.path.c_str());
    file.fd = open(file.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, mode);
    const int error = errno;
    if (file.fd < 0) untrack_temp_file(file.slot);
    this_thread_creating = false;
    creating.fetch_sub(1);
    if (file.fd >= 0) return file;
    file.slot = -1;
    errno = error;
    if (error != EEXIST) break;
  }
  file.path.clear();
  return file;
}

void remove_temp_files_on_signals() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  for (int sig : {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGALRM, SIGUSR1, SIGUSR2, SIGXCPU, SIGVTALRM}) {
    struct sigaction old {};
    // A signal ignored when we start (nohup, a shell's background job) stays ignored.
    if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(sig, &action, nullptr);
  }
  struct sigaction crash {};
  crash.sa_sigaction = on_crash;
  crash.sa_flags = SA_SIGINFO;
  sigemptyset(&crash.sa_mask);
  for (std::size_t i = 0; i < std::size(kCrashSignals); ++i) sigaction(kCrashSignals[i], &crash, &before_crash[i]);
}

void ignore_write_signals() {
  signal(SIGPIPE, SIG_IGN);
  signal(SIGXFSZ, SIG_IGN);
}

}  // namespace mdexport
