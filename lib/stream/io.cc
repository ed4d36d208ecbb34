// SPDX-License-Identifier: Apache-2.0
#include "stream/io.h"

#include <unistd.h>

#include <cstdio>

namespace lead::stream {

Status StreamIo::Finish(Status run) {
  Status flushed = out ? out->Flush() : Status::Ok();
  if (out && out->broken_pipe()) flushed = Status::Ok();  // downstream closed: a clean end
  if (rejects_out) (void)rejects_out->Flush();
  stats.rejected = rejects ? rejects->count() : stats.rejected;
  if (print_stats) {
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::string js = stats.ToJson(tool, elapsed);
    ssize_t ignored = ::write(2, js.data(), js.size());
    (void)ignored;
  }
  if (out) {
    Status closed = out->Close();
    if (flushed.ok() && !out->broken_pipe()) flushed = closed;
  }
  if (rejects_out) (void)rejects_out->Close();
  if (!run.ok()) return run;
  if (!flushed.ok()) return flushed;
  if (strict && stats.rejected > 0)
    return Status::Data(std::to_string(stats.rejected) + " record(s) rejected (--strict)");
  return Status::Ok();
}

}  // namespace lead::stream
