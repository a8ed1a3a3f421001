#pragma once
#include <sys/types.h>

#include <filesystem>
#include <string>

namespace mdexport {

// Temporary output files in flight, so that a signal handler can remove
// them: an interrupted run must leave no partial file behind.
// track/untrack are thread-safe; remove_all is async-signal-safe.

// Remembers path (copied); returns a slot for untrack, or -1 when full.
int track_temp_file(const char* path);
void untrack_temp_file(int slot);
// unlink()s every tracked file. Only async-signal-safe calls inside.
void remove_tracked_temp_files();
// The same, for a process about to end (a signal handler, _exit): from now
// on a thread that creates a temporary file removes it at once and waits
// for the end, and a thread whose file was removed under it waits instead
// of reporting that. Async-signal-safe.
void remove_temp_files_before_exit();
// Waits forever when remove_temp_files_before_exit has run; returns at once
// otherwise.
void stop_if_exiting();

// A temporary file made by create_temp_file: fd is open for writing, path is
// tracked in slot (-1 when the table was full).
struct TempFile {
  int fd = -1;
  std::string path;
  int slot = -1;
};

// Creates an empty file in dir named "." "mdexport-" and 8 random letters or
// digits (short, so that it fits wherever the output's own name fits), with
// mode less the umask, opened O_CLOEXEC. The name is tracked before the file
// exists, so no signal can find the file created but not yet tracked.
// Returns fd -1 with errno set on failure (nothing left tracked).
TempFile create_temp_file(const std::filesystem::path& dir, mode_t mode);

// Installs handlers for the signals that end a process by default (SIGHUP,
// SIGINT, SIGQUIT, SIGTERM, SIGALRM, SIGUSR1, SIGUSR2, SIGXCPU, SIGVTALRM)
// that remove tracked files, then die of the same signal (so the shell sees
// the usual status). A crash (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT)
// removes them too before the handler installed before ours, or the
// default action, takes over.
void remove_temp_files_on_signals();

// Ignores SIGPIPE and SIGXFSZ, so that writing to a closed pipe or past
// the file size limit (ulimit -f) is a write error (EPIPE, EFBIG) that
// removes our temporary files and is reported, not a silent death.
void ignore_write_signals();

}  // namespace mdexport
