// SPDX-License-Identifier: Apache-2.0
// Shared by the libFuzzer targets: run a stream tool's library entry over the
// fuzz input as if it came on stdin, with output and rejects discarded.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string_view>

#include "cli/app.h"
#include "stream/io.h"

namespace lead::fuzz {

// A readable fd holding data (a memfd rewound to the start). Caller closes.
inline int MemFd(const uint8_t* data, size_t size) {
  int fd = memfd_create("fuzz", 0);
  size_t off = 0;
  while (off < size) {
    ssize_t w = write(fd, data + off, size - off);
    if (w <= 0) break;
    off += static_cast<size_t>(w);
  }
  lseek(fd, 0, SEEK_SET);
  return fd;
}

inline stream::StreamIo DevNullIo(const char* tool) {
  cli::CommonOptions o;
  o.output = "/dev/null";
  o.rejects = "/dev/null";
  o.now = "2026-11-23T10:00:00Z";
  return std::move(cli::OpenStreamIo(tool, o)).value();
}

}  // namespace lead::fuzz
