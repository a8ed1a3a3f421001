#pragma once

namespace mdexport {

// Temporary output files in flight, so that a signal handler can remove
// them: an interrupted run must leave no partial file behind.
// track/untrack are thread-safe; remove_all is async-signal-safe.

// Remembers path (copied); returns a slot for untrack, or -1 when full.
int track_temp_file(const char* path);
void untrack_temp_file(int slot);
// unlink()s every tracked file. Only async-signal-safe calls inside.
void remove_tracked_temp_files();

// Installs SIGINT, SIGTERM and SIGHUP handlers that remove tracked files,
// then die of the same signal (so the shell sees the usual status).
void remove_temp_files_on_signals();

}  // namespace mdexport
