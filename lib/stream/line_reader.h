// SPDX-License-Identifier: Apache-2.0
// LineReader splits a byte stream into NDJSON records per the stream
// contract: '\n'-terminated, a final line without '\n' is still a record, a
// trailing '\r' and a leading UTF-8 BOM are removed, whitespace-only lines are
// reported as blank. Lines are views into one reusable buffer that always has
// simdjson::SIMDJSON_PADDING readable bytes after the view, so they can be
// parsed in place. Lines longer than max_line are reported with too_long set
// and a bounded preview; the buffer never grows past max_line, and shrinks
// back after a long line, so memory stays flat.
// Before a read would block (pipe or terminal with nothing ready) the reader
// calls the idle callback: that is where tools flush output and commit state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace lead::stream {

struct Line {
  std::string_view text;  // without '\n', '\r' or BOM; valid until the next Read
  uint64_t number = 0;    // 1-based line number in this input
  bool blank = false;     // only spaces, tabs or '\r'
  bool too_long = false;  // text is only a preview; full_size is the real size
  bool incomplete = false;  // cut short by a stop request (no '\n' yet)
  size_t full_size = 0;
};

class LineReader {
 public:
  static constexpr size_t kDefaultMaxLine = size_t{64} << 20;  // 64 MiB
  static constexpr size_t kInitialBuffer = size_t{1} << 20;
  static constexpr size_t kPreviewBytes = size_t{64} << 10;

  // Reads from fd (not owned). name is used in messages ("<stdin>", a path).
  LineReader(int fd, std::string name, size_t max_line = kDefaultMaxLine);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  enum class Result { kLine, kEof, kError };
  // Produces the next line. on_idle (may be empty) runs before a blocking
  // read. kEof at end of input or after a stop request once buffered complete
  // lines are consumed; kError on a read error (see error()).
  Result Read(Line* line, const std::function<void()>& on_idle);

  // Queues bytes already read from the fd (e.g. by format sniffing) so they
  // are returned before anything read later. Call before the first Read.
  void Prepend(std::string_view data);

  // True when a complete line is already buffered (no read needed).
  bool HasBufferedLine() const;
  const std::string& name() const { return name_; }
  const std::string& error() const { return error_; }
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool InputReady() const;
  bool Fill();  // one read(2) into the free space; false on EOF/error/stop
  void Compact();
  void Grow();

  int fd_;
  std::string name_;
  size_t max_line_;
  std::unique_ptr<char[]> buf_;
  size_t cap_ = 0;     // usable bytes (allocation is cap_ + padding)
  size_t begin_ = 0;   // start of unconsumed data
  size_t end_ = 0;     // end of data
  size_t scan_ = 0;    // where the newline search resumes
  uint64_t line_no_ = 0;
  uint64_t bytes_read_ = 0;
  bool eof_ = false;
  bool first_ = true;
  bool discarding_ = false;  // inside an over-long line
  size_t discarded_ = 0;
  std::string preview_;
  std::string error_;
  bool pollable_ = true;
};

}  // namespace lead::stream
