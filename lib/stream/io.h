// SPDX-License-Identifier: Apache-2.0
// StreamIo bundles what every stream tool owns for one run: the output, the
// reject channel, the counters, the clock and the --strict policy. Built from
// the common options by cli::OpenStreamIo(); tests build one over temp files.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "core/status.h"
#include "core/time.h"
#include "stream/output.h"
#include "stream/rejects.h"
#include "stream/stats.h"

namespace lead::stream {

struct StreamIo {
  std::string tool;                       // "lead-ingest"
  std::unique_ptr<Output> out;            // data (stdout or -o FILE)
  std::unique_ptr<Output> rejects_out;    // --rejects FILE or stderr
  std::unique_ptr<RejectSink> rejects;
  std::unique_ptr<Clock> clock;           // fixed by --now
  bool now_fixed = false;                 // --now was given
  bool strict = false;                    // any reject -> exit 65
  bool print_stats = false;               // --stats
  Stats stats;
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

  // Flushes output and rejects; prints stats when asked. Returns the status
  // the tool should exit with given `run` (the processing result): EPIPE is
  // a clean end, rejects under --strict are kData.
  Status Finish(Status run);
};

}  // namespace lead::stream
