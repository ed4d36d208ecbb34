// SPDX-License-Identifier: Apache-2.0
#include "stream/runner.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "stream/line_reader.h"
#include "stream/record_parser.h"
#include "stream/signals.h"

namespace lead::stream {

void Emitter::Reject(std::string_view code, std::string_view message) {
  RejectPart(code, message, rec_ != nullptr ? rec_->line : std::string_view());
}

void Emitter::RejectPart(std::string_view code, std::string_view message,
                         std::string_view input) {
  RejectInfo r;
  r.code = code;
  r.message = message;
  r.input = input;
  if (rec_ != nullptr) {
    r.line = rec_->line_no;
    r.file = rec_->file;
  }
  io_.rejects->Reject(r);
  handled_ = true;
}


class NdjsonLoop::Impl {
 public:
  Impl(StreamIo& io, Handler& h, const RunOptions& o) : io_(io), h_(h), emit_(io) {
    parser_.set_check_duplicate_keys(o.check_duplicate_keys);
    parser_.set_require_object(o.require_object);
  }

  // Commits state, then flushes output and rejects.
  Status Checkpoint() {
    LEAD_RETURN_IF_ERROR(h_.Commit());
    Status s = io_.out->Flush();
    (void)io_.rejects->Flush();
    return s;
  }

  Status RunOne(int fd, const std::string& name, std::string_view file_label,
                std::string_view prefix) {
    LineReader reader(fd, name);
    if (!prefix.empty()) reader.Prepend(prefix);
    Line line;
    Status idle_status;
    auto on_idle = [&] {
      Status s = Checkpoint();
      if (!s.ok() && idle_status.ok() && !io_.out->broken_pipe()) idle_status = s;
    };
    for (;;) {
      auto r = reader.Read(&line, on_idle);
      if (!idle_status.ok()) return idle_status;
      if (r == LineReader::Result::kEof) break;
      if (r == LineReader::Result::kError) return Status::Io(reader.error());
      ++io_.stats.lines;
      if (line.blank) {
        ++io_.stats.blank;
        continue;
      }
      ++io_.stats.records_in;
      io_.stats.bytes_in += line.full_size + 1;
      RejectInfo ri;
      ri.line = line.number;
      ri.file = file_label;
      ri.input = line.text;
      if (line.too_long) {
        ri.code = "line_too_long";
        std::string msg = "line of " + std::to_string(line.full_size) +
                          " bytes exceeds the 64 MiB limit";
        ri.message = msg;
        ri.truncated = true;
        ri.input_bytes = line.full_size;
        io_.rejects->Reject(ri);
        continue;
      }
      if (line.incomplete) {
        ri.code = "incomplete_line";
        ri.message = "input stopped (signal) in the middle of this line";
        io_.rejects->Reject(ri);
        continue;
      }
      simdjson::dom::element root;
      ParseError err;
      if (!parser_.Parse(line.text, &root, &err)) {
        ri.code = err.code;
        ri.message = err.message;
        io_.rejects->Reject(ri);
        continue;
      }
      Record rec;
      rec.line = line.text;
      rec.line_no = line.number;
      rec.file = file_label;
      rec.value = root;
      if (root.is_object()) rec.root = root.get_object().value_unsafe();
      emit_.Begin(&rec);
      h_.Handle(rec, emit_);
      if (!emit_.handled()) emit_.Reject("internal", "the tool produced no outcome for this record");
      emit_.Begin(nullptr);
      if (io_.out->buffer().size() >= Output::kHighWater) {
        Status s = Checkpoint();
        if (io_.out->broken_pipe()) return Status::Ok();
        LEAD_RETURN_IF_ERROR(s);
      }
      if (io_.out->broken_pipe()) return Status::Ok();
    }
    return Status::Ok();
  }

  Status Finish() {
    emit_.Begin(nullptr);
    Status fin = h_.Finish(emit_);
    Status cp = Checkpoint();
    if (io_.out->broken_pipe()) cp = Status::Ok();
    LEAD_RETURN_IF_ERROR(fin);
    return cp;
  }

  Emitter& emitter() { return emit_; }

 private:
  StreamIo& io_;
  Handler& h_;
  Emitter emit_;
  RecordParser parser_;
};

NdjsonLoop::NdjsonLoop(StreamIo& io, Handler& handler, const RunOptions& options)
    : impl_(std::make_unique<Impl>(io, handler, options)) {}
NdjsonLoop::~NdjsonLoop() = default;
Status NdjsonLoop::Feed(int fd, const std::string& name, std::string_view label,
                        std::string_view prefix) {
  return impl_->RunOne(fd, name, label, prefix);
}
Status NdjsonLoop::Checkpoint() { return impl_->Checkpoint(); }
Status NdjsonLoop::Finish() { return impl_->Finish(); }
Emitter& NdjsonLoop::emitter() { return impl_->emitter(); }

Status RunNdjson(StreamIo& io, Handler& handler, const RunOptions& options) {
  NdjsonLoop loop(io, handler, options);
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& in : inputs) {
    if (StopRequested() || io.out->broken_pipe()) break;
    if (in == "-") {
      LEAD_RETURN_IF_ERROR(loop.Feed(0, "<stdin>", ""));
      continue;
    }
    int fd = ::open(in.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::NoInput(in + ": " + std::strerror(errno));
    Status s = loop.Feed(fd, in, in);
    ::close(fd);
    LEAD_RETURN_IF_ERROR(s);
  }
  return loop.Finish();
}

}  // namespace lead::stream
