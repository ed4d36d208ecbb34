// SPDX-License-Identifier: Apache-2.0
// Run counters. The fixed ones account for every input line
//   lines = blank + records_in
//   records_in = rejected + dropped + (records that produced output)
// and tools add their own named counters (cache hits, retries...). Counter
// references are stable, so hot paths keep a uint64_t& instead of looking the
// name up per event. `--stats` prints ToJson() to stderr at exit.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace lead::stream {

class Stats {
 public:
  uint64_t lines = 0;        // input lines seen (including blank ones)
  uint64_t blank = 0;        // whitespace-only lines, skipped
  uint64_t records_in = 0;   // non-blank input records
  uint64_t records_out = 0;  // output lines written
  uint64_t rejected = 0;     // records sent to the reject channel
  uint64_t dropped = 0;      // records dropped by a documented rule (see drops)
  uint64_t bytes_in = 0;

  // A named drop reason (e.g. "duplicate"); increments dropped as well.
  void Drop(std::string_view reason, uint64_t n = 1);
  // A stable reference to a named counter.
  uint64_t& Counter(std::string_view name);
  uint64_t Get(std::string_view name) const;

  // {"tool":..,"lines":..,...,"drops":{..},"counters":{..},"elapsed_s":..}
  std::string ToJson(std::string_view tool, double elapsed_s) const;

 private:
  std::map<std::string, uint64_t, std::less<>> drops_;
  std::map<std::string, uint64_t, std::less<>> counters_;
};

}  // namespace lead::stream
