#pragma once
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>

namespace mdexport {

// Where a writer's bytes go. One method, so any destination is easy to add.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(const void* data, std::size_t size) = 0;
  void write(std::string_view s) { write(s.data(), s.size()); }
};

// Collects output in memory.
class StringSink : public Sink {
 public:
  using Sink::write;
  void write(const void* data, std::size_t size) override {
    bytes_.append(static_cast<const char*>(data), size);
  }
  const std::string& str() const { return bytes_; }
  // The bytes, moved out; the sink is left empty.
  std::string take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

// Writes straight to an open file descriptor, such as standard output.
class FdSink : public Sink {
 public:
  // name: how errors call the destination.
  explicit FdSink(int fd, std::string name = "standard output") : fd_(fd), name_(std::move(name)) {}
  using Sink::write;
  // Throws Error on a write failure.
  void write(const void* data, std::size_t size) override;

 private:
  int fd_;
  std::string name_;
};

// Writes the output file target so that a failed or interrupted run never
// leaves part of it. Lifecycle: construct, write()*, commit() or destroy.
//
// A regular file (or a new one) is written to a temporary file beside it
// that commit() renames over it, keeping an existing file's permission
// bits (less set-id bits) and, where we may, its owner. A symbolic link is
// followed and its final target replaced that way; the link stays a link.
// Anything else that already exists (a character device such as /dev/null,
// a FIFO, a socket) and /dev/stdout, /dev/stderr, /dev/fd/N are written in
// place, as a shell's redirection would: the output is kept in memory and
// written by commit(), so a failed run writes nothing to them.
// Destroyed without commit(), it removes the temporary file.
class AtomicFileSink : public Sink {
 public:
  // Throws Error when the target cannot be opened or the temporary file
  // cannot be created. Opening a FIFO waits for a reader, as a shell does.
  explicit AtomicFileSink(std::filesystem::path target);
  ~AtomicFileSink() override;
  AtomicFileSink(const AtomicFileSink&) = delete;
  AtomicFileSink& operator=(const AtomicFileSink&) = delete;

  using Sink::write;
  // Throws Error on a write failure (e.g. disk full, file too large).
  void write(const void* data, std::size_t size) override;
  // Puts the output in place. Throws Error on failure. No fsync: the
  // promise is atomic replacement, not durability across power loss, and
  // an fsync costs more than converting a large document.
  void commit();

 private:
  void open_in_place(const std::filesystem::path& path, mode_t type);

  std::filesystem::path target_;  // as given, for messages
  // Replacing a file: the temporary file.
  std::filesystem::path final_;   // what commit() renames over: target_ with its links followed
  std::string temp_path_;
  bool keep_owner_ = false;  // final_ existed: give the new file its owner and mode
  uid_t uid_ = 0;
  gid_t gid_ = 0;
  mode_t mode_ = 0;
  int tracking_slot_ = -1;  // see temp_files.hpp
  // Writing in place: the whole output, written by commit().
  bool in_place_ = false;
  bool close_fd_ = true;  // false for a descriptor we were given (/dev/stdout)
  std::string buffer_;
  int fd_ = -1;
};

}  // namespace mdexport
