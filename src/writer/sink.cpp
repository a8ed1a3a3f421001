#include "writer/sink.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

#include "util/diagnostics.hpp"
#include "writer/temp_files.hpp"

namespace fs = std::filesystem;

namespace mdexport {
namespace {

constexpr int kMaxLinks = 40;  // as the kernel's path walk allows

Error io_error(const std::string& what, const fs::path& path) {
  return Error("error: cannot " + what + " " + path.string() + ": " + std::strerror(errno));
}

void write_all(int fd, const void* data, std::size_t size, const std::string& name) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error("error: cannot write " + name + ": " + std::strerror(errno));
    }
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

// The descriptor that path names when it is one of ours: /dev/stdout,
// /dev/stderr, /dev/stdin, /dev/fd/N, /proc/self/fd/N. Written through the
// descriptor itself, not a new open() of the file behind it, which would
// lose O_APPEND and the file position the shell gave us.
std::optional<int> own_descriptor(const fs::path& path) {
  const std::string s = path.lexically_normal().string();
  if (s == "/dev/stdin") return 0;
  if (s == "/dev/stdout") return 1;
  if (s == "/dev/stderr") return 2;
  for (std::string_view dir : {"/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"}) {
    if (s.size() <= dir.size() || s.compare(0, dir.size(), dir) != 0 || s.size() - dir.size() > 9) continue;
    int fd = 0;
    for (std::size_t i = dir.size(); i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      fd = fd * 10 + (s[i] - '0');
    }
    return fd;
  }
  return std::nullopt;
}

}  // namespace

void FdSink::write(const void* data, std::size_t size) { write_all(fd_, data, size, name_); }

AtomicFileSink::AtomicFileSink(fs::path target) : target_(std::move(target)) {
  // Follow the links in the last component ourselves: rename() would
  // replace the link, not the file the user sees through it.
  fs::path path = target_;
  struct stat st {};
  bool exists = false;
  for (int hop = 0;; ++hop) {
    if (const auto fd = own_descriptor(path)) {
      in_place_ = true;
      close_fd_ = false;
      fd_ = *fd;
      return;
    }
    if (lstat(path.c_str(), &st) != 0) {
      if (errno != ENOENT) throw io_error("write", target_);
      break;  // a new file, or a dangling link's target: created like `>` would
    }
    if (!S_ISLNK(st.st_mode)) {
      exists = true;
      break;
    }
    if (hop == kMaxLinks) {
      errno = ELOOP;
      throw io_error("write", target_);
    }
    std::error_code ec;
    const fs::path link = fs::read_symlink(path, ec);
    if (ec) throw Error("error: cannot write " + target_.string() + ": " + ec.message());
    path = link.is_absolute() ? link : path.parent_path() / link;
  }
  if (exists && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    open_in_place(path, st.st_mode);
    return;
  }
  final_ = path;
  keep_owner_ = exists && S_ISREG(st.st_mode);
  if (keep_owner_) {
    uid_ = st.st_uid;
    gid_ = st.st_gid;
    // Set-id bits are not carried over to new content, as write() clears them.
    mode_ = st.st_mode & 0777;
  }
  auto dir = final_.parent_path();
  if (dir.empty()) dir = ".";
  // Created with the old file's mode (0666 for a new one), less the umask:
  // never readable by more people than the file it replaces.
  auto temp = create_temp_file(dir, keep_owner_ ? mode_ : 0666);
  if (temp.fd < 0) throw io_error("create a file in", dir);
  fd_ = temp.fd;
  temp_path_ = std::move(temp.path);
  tracking_slot_ = temp.slot;
}

void AtomicFileSink::open_in_place(const fs::path& path, mode_t type) {
  in_place_ = true;
  if (S_ISSOCK(type)) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.native().size() >= sizeof address.sun_path) {
      errno = ENAMETOOLONG;
      throw io_error("write", target_);
    }
    std::memcpy(address.sun_path, path.c_str(), path.native().size());
    fd_ = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) throw io_error("write", target_);
    if (connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
      const int error = errno;
      close(fd_);
      fd_ = -1;
      errno = error;
      throw io_error("write", target_);
    }
    return;
  }
  do fd_ = open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  while (fd_ < 0 && errno == EINTR);
  if (fd_ < 0) throw io_error("write", target_);
}

AtomicFileSink::~AtomicFileSink() {
  if (fd_ >= 0 && close_fd_) close(fd_);
  if (!temp_path_.empty()) unlink(temp_path_.c_str());
  untrack_temp_file(tracking_slot_);
}

void AtomicFileSink::write(const void* data, std::size_t size) {
  if (in_place_)
    buffer_.append(static_cast<const char*>(data), size);
  else
    write_all(fd_, data, size, target_.string());
}

void AtomicFileSink::commit() {
  if (in_place_) {
    write_all(fd_, buffer_.data(), buffer_.size(), target_.string());
    std::string().swap(buffer_);
    if (close_fd_) {
      const int result = close(fd_);
      fd_ = -1;
      if (result != 0 && errno != EINTR) throw io_error("write", target_);
    }
    return;
  }
  if (keep_owner_) {
    // Best effort: only root may give a file away; the mode after the owner,
    // since fchown may clear bits.
    if (uid_ != geteuid() || gid_ != getegid()) {
      [[maybe_unused]] const int ignored = fchown(fd_, uid_, gid_);
    }
    fchmod(fd_, mode_);
  }
  const int result = close(fd_);
  fd_ = -1;
  if (result != 0) throw io_error("write", target_);
  if (std::rename(temp_path_.c_str(), final_.c_str()) != 0) {
    stop_if_exiting();  // a signal's handler removed the file: no error to report, the process is ending
    throw io_error("replace", target_);
  }
  temp_path_.clear();
  untrack_temp_file(tracking_slot_);
  tracking_slot_ = -1;
}

}  // namespace mdexport
