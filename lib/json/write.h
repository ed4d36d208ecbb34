// SPDX-License-Identifier: Apache-2.0
// Building JSON text on the hot path without a document model: escaping
// strings into a caller-owned buffer and a small streaming writer that tracks
// commas. Appends only; never reallocates beyond what the caller's buffer
// needs. Off the hot path (configs, reports) use nlohmann::json instead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/time.h"

namespace lead::json {

// Appends s as a quoted JSON string. REQUIRES: s is valid UTF-8.
void AppendString(std::string& out, std::string_view s);
// Like AppendString, but replaces invalid UTF-8 sequences with U+FFFD, so the
// output is always valid JSON. Returns false when a replacement was made.
bool AppendStringLossy(std::string& out, std::string_view s);
// True when s is valid UTF-8.
bool IsValidUtf8(std::string_view s);
// Appends a number as JSON: integers exactly; NaN and infinities as null.
void AppendInt(std::string& out, int64_t v);
void AppendUint(std::string& out, uint64_t v);
void AppendDouble(std::string& out, double v);

// A streaming writer: w.BeginObject().Key("a").Int(1).Key("b").BeginArray()...
// Commas are inserted automatically; nesting is limited to 64 levels.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  Writer& BeginObject() { Sep(); out_.push_back('{'); Push(); return *this; }
  Writer& EndObject() { Pop(); out_.push_back('}'); return *this; }
  Writer& BeginArray() { Sep(); out_.push_back('['); Push(); return *this; }
  Writer& EndArray() { Pop(); out_.push_back(']'); return *this; }
  Writer& Key(std::string_view k) {
    Sep();
    AppendString(out_, k);
    out_.push_back(':');
    after_key_ = true;
    return *this;
  }
  Writer& String(std::string_view v) { Sep(); AppendStringLossy(out_, v); return *this; }
  Writer& Int(int64_t v) { Sep(); AppendInt(out_, v); return *this; }
  Writer& Uint(uint64_t v) { Sep(); AppendUint(out_, v); return *this; }
  Writer& Double(double v) { Sep(); AppendDouble(out_, v); return *this; }
  Writer& Bool(bool v) { Sep(); out_.append(v ? "true" : "false"); return *this; }
  Writer& Null() { Sep(); out_.append("null"); return *this; }
  Writer& Time(TimeMs t) {
    Sep();
    out_.push_back('"');
    AppendTime(out_, t);
    out_.push_back('"');
    return *this;
  }
  // A quoted lower-case hex string of n bytes.
  Writer& Hex(const uint8_t* data, size_t n);
  // Appends already-serialised JSON as one value. REQUIRES: valid JSON.
  Writer& Raw(std::string_view json) { Sep(); out_.append(json); return *this; }

  std::string& buffer() { return out_; }

 private:
  void Sep() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ > 0) {
      uint64_t bit = uint64_t{1} << (depth_ - 1);
      if (nonempty_ & bit) out_.push_back(',');
      nonempty_ |= bit;
    }
  }
  void Push() {
    ++depth_;
    nonempty_ &= ~(uint64_t{1} << (depth_ - 1));
  }
  void Pop() { --depth_; }

  std::string& out_;
  uint64_t nonempty_ = 0;
  int depth_ = 0;
  bool after_key_ = false;
};

}  // namespace lead::json
