#include "writer/temp_files.hpp"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

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

void on_signal(int sig) {
  remove_tracked_temp_files();
  signal(sig, SIG_DFL);
  raise(sig);
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

void remove_temp_files_on_signals() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &action, nullptr);
}

}  // namespace mdexport
