// SPDX-License-Identifier: Apache-2.0
// The reject channel: every input record that cannot be processed becomes one
// NDJSON line
//   {"reject":{"tool":..,"code":..,"message":..,"input_line":N[,"file":..]},
//    "input":"<the original line>"}
// written to --rejects FILE (default stderr). Input that is not valid UTF-8 is
// carried losslessly as "input_base64" beside a lossy "input"; over-long
// lines carry a preview with "input_truncated" and "input_bytes".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "stream/output.h"

namespace lead::stream {

struct RejectInfo {
  std::string_view code;     // snake_case reason, e.g. "invalid_json"
  std::string_view message;  // human-readable detail
  uint64_t line = 0;         // 1-based input line (0 when not line-based)
  std::string_view file;     // input file name; empty for stdin
  std::string_view input;    // the original record
  bool truncated = false;    // input is a preview of a longer record
  size_t input_bytes = 0;    // full size when truncated
};

class RejectSink {
 public:
  RejectSink(Output* out, std::string tool) : out_(out), tool_(std::move(tool)) {}
  void Reject(const RejectInfo& r);
  uint64_t count() const { return count_; }
  Status Flush() { return out_->Flush(); }
  const std::string& tool() const { return tool_; }

 private:
  Output* out_;
  std::string tool_;
  uint64_t count_ = 0;
};

}  // namespace lead::stream
