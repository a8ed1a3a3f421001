#pragma once
#include <cmark-gfm.h>

namespace mdexport {

// cmark-gfm's allocator for mdexport. cmark cannot report a failed
// allocation (its own allocator abort()s, exit 134 and temporary files
// left), and no exception may unwind through its C frames. So a failure
// here ends the process as cleanly as it can: it writes
// "mdexport: error: out of memory reading FILE" to standard error, removes
// the temporary files in flight and calls _exit(1). Memory is the whole
// process's, so the other inputs of a batch could not go on anyway.
cmark_mem* exiting_cmark_mem();

// Names the file this thread is parsing, for that message, while in scope.
// REQUIRES: file outlives the scope.
class CmarkReadingFile {
 public:
  explicit CmarkReadingFile(const char* file);
  ~CmarkReadingFile();
  CmarkReadingFile(const CmarkReadingFile&) = delete;
  CmarkReadingFile& operator=(const CmarkReadingFile&) = delete;

 private:
  const char* previous_;
};

}  // namespace mdexport
