// SPDX-License-Identifier: Apache-2.0
#include "stream/output.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lead::stream {

Output::Output(int fd, bool owned, std::string name)
    : fd_(fd), owned_(owned), name_(std::move(name)) {
  buf_.reserve(kHighWater + (size_t{64} << 10));
}

Output::~Output() {
  if (!broken_pipe_) (void)Flush();
  if (owned_ && fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<Output>> Output::Open(std::string_view path, bool append) {
  if (path.empty() || path == "-") return ForFd(1, "<stdout>");
  std::string p(path);
  int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
  int fd = ::open(p.c_str(), flags, 0644);
  if (fd < 0) return Status::Io(p + ": " + std::strerror(errno));
  return std::unique_ptr<Output>(new Output(fd, true, p));
}

std::unique_ptr<Output> Output::ForFd(int fd, std::string name) {
  return std::unique_ptr<Output>(new Output(fd, false, std::move(name)));
}

Status Output::Flush() {
  size_t off = 0;
  while (off < buf_.size()) {
    ssize_t w = ::write(fd_, buf_.data() + off, buf_.size() - off);
    if (w > 0) {
      off += static_cast<size_t>(w);
      continue;
    }
    if (w < 0 && errno == EINTR) continue;
    if (w < 0 && errno == EAGAIN) {
      struct pollfd p = {fd_, POLLOUT, 0};
      ::poll(&p, 1, -1);
      continue;
    }
    int err = errno;
    buf_.erase(0, off);
    if (err == EPIPE) {
      broken_pipe_ = true;
      buf_.clear();
      return Status::Io("write " + name_ + ": broken pipe");
    }
    return Status::Io("write " + name_ + ": " + std::strerror(err));
  }
  buf_.clear();
  return Status::Ok();
}

Status Output::Sync() {
  LEAD_RETURN_IF_ERROR(Flush());
  if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS)
    return Status::Io("fsync " + name_ + ": " + std::strerror(errno));
  return Status::Ok();
}

Status Output::Close() {
  Status s = broken_pipe_ ? Status::Ok() : Flush();
  if (owned_ && fd_ >= 0) {
    if (::close(fd_) != 0 && s.ok()) s = Status::Io("close " + name_ + ": " + std::strerror(errno));
    fd_ = -1;
  }
  return s;
}

}  // namespace lead::stream
