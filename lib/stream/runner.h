// SPDX-License-Identifier: Apache-2.0
// The NDJSON read-process-write loop every line-oriented tool reuses. The
// runner reads lines (LineReader), validates them (RecordParser), hands each
// valid object to the tool's Handler, and owns the flush policy: output is
// batched while input flows and flushed (after Handler::Commit, so state is
// durable before anything it decided is visible) whenever input goes idle,
// the buffer passes its high-water mark, or the input ends. Bad lines become
// rejects; blank lines are counted; a stop signal drains buffered lines;
// EPIPE ends the run cleanly.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "stream/io.h"

namespace lead::stream {

// The record being handled. Views are valid during Handle() only.
struct Record {
  std::string_view line;  // original bytes (no '\n'), padded for simdjson
  uint64_t line_no = 0;
  std::string_view file;  // "" for stdin
  simdjson::dom::object root;   // the object (when value is an object)
  simdjson::dom::element value; // the parsed line
};

// How a Handler reports the outcome of one record.
class Emitter {
 public:
  explicit Emitter(StreamIo& io) : io_(io) {}
  // The output buffer: append complete '\n'-terminated lines, then Emitted().
  std::string& out() { return io_.out->buffer(); }
  void Emitted(size_t lines = 1) {
    io_.stats.records_out += lines;
    handled_ = true;
  }
  void Reject(std::string_view code, std::string_view message);
  // A reject whose input is part of the record (e.g. one element of a batch).
  void RejectPart(std::string_view code, std::string_view message, std::string_view input);
  void Drop(std::string_view reason) {
    io_.stats.Drop(reason);
    handled_ = true;
  }
  // The record is held (e.g. debounced) and will be emitted or dropped later.
  void Defer() { handled_ = true; }
  // Accounting for a held record released later (Finish or a later Handle).
  void EmittedHeld(size_t lines = 1) { io_.stats.records_out += lines; }
  void DroppedHeld(std::string_view reason) { io_.stats.Drop(reason); }

  StreamIo& io() { return io_; }
  Stats& stats() { return io_.stats; }

  // Runner internals.
  void Begin(const Record* rec) {
    rec_ = rec;
    handled_ = false;
  }
  bool handled() const { return handled_; }

 private:
  StreamIo& io_;
  const Record* rec_ = nullptr;
  bool handled_ = false;
};

class Handler {
 public:
  virtual ~Handler() = default;
  // Processes one valid object. Must end in exactly one of Emitted, Reject,
  // Drop or Defer (the runner rejects the record as "internal" otherwise).
  virtual void Handle(const Record& rec, Emitter& emit) = 0;
  // Makes state durable; called before every output flush.
  virtual Status Commit() { return Status::Ok(); }
  // At end of input (or stop): release held records.
  virtual Status Finish(Emitter& emit) {
    (void)emit;
    return Status::Ok();
  }
};

struct RunOptions {
  std::vector<std::string> inputs;  // files; empty or "-" = stdin
  bool check_duplicate_keys = true;
  bool require_object = true;  // false: arrays/scalars reach the Handler too
};

// The loop as an object, for tools that open and sniff inputs themselves.
class NdjsonLoop {
 public:
  NdjsonLoop(StreamIo& io, Handler& handler, const RunOptions& options);
  ~NdjsonLoop();
  // Processes one input to its end. prefix: bytes already read from fd.
  Status Feed(int fd, const std::string& name, std::string_view label,
              std::string_view prefix = {});
  // Commits and flushes (what the runner does when input goes idle).
  Status Checkpoint();
  // Handler::Finish, then a final checkpoint.
  Status Finish();
  Emitter& emitter();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs the loop to the end of all inputs. Returns a non-OK Status for
// run-level failures (unreadable input, state errors); Io.Finish() turns the
// result into the exit status.
Status RunNdjson(StreamIo& io, Handler& handler, const RunOptions& options);

}  // namespace lead::stream
