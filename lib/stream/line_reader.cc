// SPDX-License-Identifier: Apache-2.0
#include "stream/line_reader.h"

#include <poll.h>
#include <simdjson.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "stream/signals.h"

namespace lead::stream {
namespace {
constexpr size_t kPad = simdjson::SIMDJSON_PADDING;

bool IsBlank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}
}  // namespace

LineReader::LineReader(int fd, std::string name, size_t max_line)
    : fd_(fd), name_(std::move(name)), max_line_(max_line) {
  cap_ = std::min(kInitialBuffer, max_line_ + 2);
  buf_ = std::make_unique<char[]>(cap_ + kPad);
  struct stat st;
  if (fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) pollable_ = false;
}

LineReader::~LineReader() = default;

void LineReader::Prepend(std::string_view data) {
  while (cap_ - end_ < data.size() && cap_ < max_line_ + 2) Grow();
  size_t n = std::min(data.size(), cap_ - end_);
  std::memcpy(buf_.get() + end_, data.data(), n);
  end_ += n;
  bytes_read_ += n;
}

bool LineReader::HasBufferedLine() const {
  return end_ > scan_ && std::memchr(buf_.get() + scan_, '\n', end_ - scan_) != nullptr;
}

bool LineReader::InputReady() const {
  struct pollfd p = {fd_, POLLIN, 0};
  return ::poll(&p, 1, 0) > 0;
}

void LineReader::Grow() {
  size_t want = std::min(cap_ * 2, max_line_ + 2);
  if (want <= cap_) return;
  auto next = std::make_unique<char[]>(want + kPad);
  std::memcpy(next.get(), buf_.get() + begin_, end_ - begin_);
  end_ -= begin_;
  scan_ -= begin_;
  begin_ = 0;
  buf_ = std::move(next);
  cap_ = want;
}

void LineReader::Compact() {
  size_t n = end_ - begin_;
  size_t initial = std::min(kInitialBuffer, max_line_ + 2);
  if (cap_ > initial && n < initial / 2) {
    // Shrink back after a long line so memory stays flat.
    auto next = std::make_unique<char[]>(initial + kPad);
    std::memcpy(next.get(), buf_.get() + begin_, n);
    buf_ = std::move(next);
    cap_ = initial;
  } else if (begin_ > 0) {
    std::memmove(buf_.get(), buf_.get() + begin_, n);
  }
  scan_ -= begin_;
  end_ = n;
  begin_ = 0;
  if (end_ == cap_) Grow();
}

bool LineReader::Fill() {
  for (;;) {
    ssize_t r = ::read(fd_, buf_.get() + end_, cap_ - end_);
    if (r > 0) {
      end_ += static_cast<size_t>(r);
      bytes_read_ += static_cast<uint64_t>(r);
      return true;
    }
    if (r == 0) {
      eof_ = true;
      return false;
    }
    if (errno == EINTR) {
      if (StopRequested()) return false;
      continue;
    }
    if (errno == EAGAIN) {
      struct pollfd p = {fd_, POLLIN, 0};
      ::poll(&p, 1, -1);
      continue;
    }
    error_ = std::string("read ") + name_ + ": " + std::strerror(errno);
    return false;
  }
}

LineReader::Result LineReader::Read(Line* line, const std::function<void()>& on_idle) {
  auto make = [&](size_t a, size_t b) {
    // [a, b) excludes the '\n'.
    const char* p = buf_.get() + a;
    size_t n = b - a;
    if (n > 0 && p[n - 1] == '\r') --n;
    if (first_) {
      first_ = false;
      if (n >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
      }
    }
    *line = Line{};
    line->number = ++line_no_;
    line->full_size = n;
    if (n > max_line_) {
      preview_.assign(p, std::min(n, kPreviewBytes));
      line->text = preview_;
      line->too_long = true;
    } else {
      line->text = std::string_view(p, n);
      line->blank = IsBlank(line->text);
    }
  };
  auto make_discarded = [&]() {
    *line = Line{};
    line->number = ++line_no_;
    first_ = false;
    line->text = preview_;
    line->too_long = true;
    line->full_size = discarded_;
    discarding_ = false;
    discarded_ = 0;
  };

  for (;;) {
    if (end_ > scan_) {
      const void* hit = std::memchr(buf_.get() + scan_, '\n', end_ - scan_);
      if (hit != nullptr) {
        size_t pos = static_cast<size_t>(static_cast<const char*>(hit) - buf_.get());
        if (discarding_) {
          discarded_ += pos - begin_;
          make_discarded();
        } else {
          make(begin_, pos);
        }
        begin_ = scan_ = pos + 1;
        return Result::kLine;
      }
      scan_ = end_;
    }
    if (discarding_) {
      discarded_ += end_ - begin_;
      begin_ = scan_ = end_ = 0;
    } else if (end_ - begin_ > max_line_ + 1) {
      // Over the limit and still no newline: keep a preview, drop the rest.
      preview_.assign(buf_.get() + begin_, std::min(kPreviewBytes, end_ - begin_));
      discarding_ = true;
      discarded_ = end_ - begin_;
      if (first_ && discarded_ >= 3 && std::memcmp(preview_.data(), "\xEF\xBB\xBF", 3) == 0) {
        preview_.erase(0, 3);
        discarded_ -= 3;
      }
      begin_ = scan_ = end_ = 0;
    }
    if (eof_ || !error_.empty()) {
      if (discarding_) {
        make_discarded();
        return Result::kLine;
      }
      if (end_ > begin_) {
        make(begin_, end_);
        begin_ = scan_ = end_;
        return Result::kLine;
      }
      return error_.empty() ? Result::kEof : Result::kError;
    }
    if (StopRequested()) {
      if (end_ > begin_ || discarding_) {
        if (discarding_) make_discarded();
        else make(begin_, end_);
        line->incomplete = true;
        begin_ = scan_ = end_;
        return Result::kLine;
      }
      return Result::kEof;
    }
    if (on_idle && pollable_ && !InputReady()) on_idle();
    Compact();
    if (!Fill()) {
      if (!eof_ && error_.empty() && !StopRequested()) eof_ = true;
    }
  }
}

}  // namespace lead::stream
