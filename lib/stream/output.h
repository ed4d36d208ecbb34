// SPDX-License-Identifier: Apache-2.0
// Output is a buffered writer on a file descriptor (stdout, -o FILE, the
// rejects file). Callers append into buffer() and call MaybeFlush() per
// record; the buffer is written when it passes a high-water mark, and in full
// by Flush() (which tools call before blocking on input). A closed reader
// (EPIPE) is reported by broken_pipe() so the tool can stop cleanly.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace lead::stream {

class Output {
 public:
  static constexpr size_t kHighWater = size_t{256} << 10;

  // "-" or "" is stdout; otherwise the file is created/truncated (or appended
  // to with append=true).
  static Result<std::unique_ptr<Output>> Open(std::string_view path, bool append = false);
  // Wraps an fd that the Output does not own (e.g. 2 for stderr).
  static std::unique_ptr<Output> ForFd(int fd, std::string name);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  std::string& buffer() { return buf_; }
  void Append(std::string_view s) { buf_.append(s); }
  // Flushes when the buffer passed the high-water mark.
  Status MaybeFlush() { return buf_.size() >= kHighWater ? Flush() : Status::Ok(); }
  // Writes everything buffered. EPIPE gives an Io status and sets broken_pipe().
  Status Flush();
  // fsync(2) after a flush (for durable spools and audit tees).
  Status Sync();
  Status Close();

  bool broken_pipe() const { return broken_pipe_; }
  bool pending() const { return !buf_.empty(); }
  const std::string& name() const { return name_; }
  int fd() const { return fd_; }

 private:
  Output(int fd, bool owned, std::string name);
  int fd_;
  bool owned_;
  std::string name_;
  std::string buf_;
  bool broken_pipe_ = false;
};

}  // namespace lead::stream
