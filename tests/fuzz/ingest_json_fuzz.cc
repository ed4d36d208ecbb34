// SPDX-License-Identifier: Apache-2.0
// Fuzzes lead-ingest's json input format end to end (parsing, vendor
// recognition, envelope writing) with every vendor shape reachable.
#include <unistd.h>

#include "fuzz_util.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto io = lead::fuzz::DevNullIo("lead-ingest");
  lead::ingest::IngestOptions o;
  o.format = lead::ingest::ParseFormat("json").value();
  int fd = lead::fuzz::MemFd(data, size);
  o.inputs = {"/proc/self/fd/" + std::to_string(fd)};
  (void)lead::ingest::RunIngest(o, io);
  close(fd);
  (void)io.Finish(lead::Status::Ok());
  return 0;
}
