// SPDX-License-Identifier: Apache-2.0
#include "stream/rejects.h"

#include "core/hash.h"
#include "json/write.h"

namespace lead::stream {

void RejectSink::Reject(const RejectInfo& r) {
  ++count_;
  std::string& b = out_->buffer();
  json::Writer w(b);
  w.BeginObject().Key("reject").BeginObject();
  w.Key("tool").String(tool_);
  w.Key("code").String(r.code);
  w.Key("message").String(r.message);
  if (r.line > 0) w.Key("input_line").Uint(r.line);
  if (!r.file.empty()) w.Key("file").String(r.file);
  w.EndObject();
  w.Key("input");
  if (!json::AppendStringLossy(b, r.input)) {
    w.Key("input_base64").String(Base64Encode(r.input));
  }
  if (r.truncated) {
    w.Key("input_truncated").Bool(true);
    w.Key("input_bytes").Uint(r.input_bytes);
  }
  w.EndObject();
  b.push_back('\n');
  (void)out_->MaybeFlush();
}

}  // namespace lead::stream
