#pragma once
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
  explicit FdSink(int fd) : fd_(fd) {}
  using Sink::write;
  // Throws Error on a write failure.
  void write(const void* data, std::size_t size) override;

 private:
  int fd_;
};

// Writes to a temporary file beside target; commit() renames it over target.
// Destroyed without commit(), it removes the temporary file: a failed run
// leaves no partial output and never touches an existing target.
// Lifecycle: construct, write()*, commit() or destroy.
class AtomicFileSink : public Sink {
 public:
  // Throws Error when the temporary file cannot be created.
  explicit AtomicFileSink(std::filesystem::path target);
  ~AtomicFileSink() override;
  AtomicFileSink(const AtomicFileSink&) = delete;
  AtomicFileSink& operator=(const AtomicFileSink&) = delete;

  using Sink::write;
  // Throws Error on a write failure (e.g. disk full).
  void write(const void* data, std::size_t size) override;
  // Closes and renames into place. Throws Error on failure. No fsync: the
  // promise is atomic replacement, not durability across power loss, and
  // an fsync costs more than converting a large document.
  void commit();

 private:
  std::filesystem::path target_;
  std::string temp_path_;
  int fd_ = -1;
  int tracking_slot_ = -1;  // see temp_files.hpp
};

}  // namespace mdexport
