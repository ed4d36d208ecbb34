// SPDX-License-Identifier: Apache-2.0
// Fuzzes the NDJSON stream core: line splitting, validation (RecordParser),
// splicing a section into each accepted record, and the reject writer.
#include <unistd.h>

#include "fuzz_util.h"
#include "stream/runner.h"
#include "stream/splice.h"

namespace {
class SpliceHandler final : public lead::stream::Handler {
 public:
  void Handle(const lead::stream::Record& rec, lead::stream::Emitter& emit) override {
    lead::stream::SpliceMember(emit.out(), rec.line, rec.root, "fuzz", "{\"ok\":true}");
    emit.Emitted();
  }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto io = lead::fuzz::DevNullIo("fuzz");
  SpliceHandler h;
  lead::stream::NdjsonLoop loop(io, h, {});
  int fd = lead::fuzz::MemFd(data, size);
  (void)loop.Feed(fd, "fuzz", "");
  (void)loop.Finish();
  close(fd);
  (void)io.Finish(lead::Status::Ok());
  return 0;
}
