#include "markdown/cmark_memory.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "writer/temp_files.hpp"

namespace mdexport {
namespace {

thread_local const char* reading_file = nullptr;

void say(const char* s) {
  std::size_t left = std::strlen(s);
  while (left > 0) {
    const ssize_t n = write(STDERR_FILENO, s, left);
    if (n <= 0) return;
    s += n;
    left -= static_cast<std::size_t>(n);
  }
}

// Allocates nothing itself: the heap is what just ran out.
[[noreturn]] void out_of_memory() {
  say("mdexport: error: out of memory reading ");
  say(reading_file ? reading_file : "the input");
  say("\n");
  remove_temp_files_before_exit();
  _exit(1);
}

void* checked_calloc(std::size_t count, std::size_t size) {
  void* p = std::calloc(count == 0 ? 1 : count, size == 0 ? 1 : size);
  if (!p) out_of_memory();
  return p;
}

void* checked_realloc(void* old, std::size_t size) {
  void* p = std::realloc(old, size == 0 ? 1 : size);  // never realloc(p, 0), which frees
  if (!p) out_of_memory();
  return p;
}

cmark_mem memory = {checked_calloc, checked_realloc, std::free};

}  // namespace

cmark_mem* exiting_cmark_mem() { return &memory; }

CmarkReadingFile::CmarkReadingFile(const char* file) : previous_(reading_file) { reading_file = file; }
CmarkReadingFile::~CmarkReadingFile() { reading_file = previous_; }

}  // namespace mdexport
