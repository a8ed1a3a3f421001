#include "writer/sink.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "util/diagnostics.hpp"
#include "writer/temp_files.hpp"

namespace mdexport {
namespace {

Error io_error(const std::string& what, const std::filesystem::path& path) {
  return Error("error: cannot " + what + " " + path.string() + ": " + std::strerror(errno));
}

void write_all(int fd, const void* data, std::size_t size, const std::filesystem::path& name) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw io_error("write", name);
    }
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

}  // namespace

void FdSink::write(const void* data, std::size_t size) { write_all(fd_, data, size, "standard output"); }

AtomicFileSink::AtomicFileSink(std::filesystem::path target) : target_(std::move(target)) {
  auto dir = target_.parent_path();
  if (dir.empty()) dir = ".";
  // Appended piecewise: g++ 12 warns falsely (-Wrestrict) on "." + string.
  std::string name = ".";
  name += target_.filename().string();
  name += ".XXXXXX";
  const std::string pattern = (dir / name).string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  fd_ = mkstemp(buf.data());
  if (fd_ < 0) throw io_error("create a file in", dir);
  temp_path_ = buf.data();
  tracking_slot_ = track_temp_file(temp_path_.c_str());
  // mkstemp creates 0600; give the output the permissions a plain open() would.
  const mode_t mask = umask(0);
  umask(mask);
  fchmod(fd_, 0666 & ~mask);
}

AtomicFileSink::~AtomicFileSink() {
  if (fd_ >= 0) close(fd_);
  if (!temp_path_.empty()) unlink(temp_path_.c_str());
  untrack_temp_file(tracking_slot_);
}

void AtomicFileSink::write(const void* data, std::size_t size) { write_all(fd_, data, size, target_); }

void AtomicFileSink::commit() {
  if (close(fd_) != 0) {
    fd_ = -1;
    throw io_error("write", target_);
  }
  fd_ = -1;
  if (std::rename(temp_path_.c_str(), target_.c_str()) != 0) throw io_error("replace", target_);
  temp_path_.clear();
  untrack_temp_file(tracking_slot_);
  tracking_slot_ = -1;
}

}  // namespace mdexport
