// SPDX-License-Identifier: Apache-2.0
#include "json/write.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <cmath>
#include <cstring>

#include "core/hash.h"

namespace lead::json {
namespace {

// 1 for bytes that need escaping inside a JSON string.
struct EscapeTable {
  bool need[256];
  constexpr EscapeTable() : need() {
    for (int i = 0; i < 0x20; ++i) need[i] = true;
    need[static_cast<unsigned char>('"')] = true;
    need[static_cast<unsigned char>('\\')] = true;
  }
};
constexpr EscapeTable kEscape;

void AppendEscaped(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out.append("\\\""); break;
    case '\\': out.append("\\\\"); break;
    case '\n': out.append("\\n"); break;
    case '\r': out.append("\\r"); break;
    case '\t': out.append("\\t"); break;
    case '\b': out.append("\\b"); break;
    case '\f': out.append("\\f"); break;
    default: {
      static const char kHex[] = "0123456789abcdef";
      char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.append(buf, 6);
    }
  }
}

// Length of the valid UTF-8 sequence at p (0 when invalid).
size_t Utf8SeqLen(const unsigned char* p, size_t n) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  size_t len;
  uint32_t cp;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
  else return 0;
  if (n < len) return 0;
  for (size_t i = 1; i < len; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

}  // namespace

void AppendString(std::string& out, std::string_view s) {
  out.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), start = 0;
  for (size_t i = 0; i < n; ++i) {
    if (kEscape.need[p[i]]) {
      out.append(s.data() + start, i - start);
      AppendEscaped(out, p[i]);
      start = i + 1;
    }
  }
  out.append(s.data() + start, n - start);
  out.push_back('"');
}

bool IsValidUtf8(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

bool AppendStringLossy(std::string& out, std::string_view s) {
  if (IsValidUtf8(s)) {
    AppendString(out, s);
    return true;
  }
  std::string fixed;
  fixed.reserve(s.size() + 8);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    size_t len = Utf8SeqLen(p + i, s.size() - i);
    if (len == 0) {
      fixed.append("\xEF\xBF\xBD");
      ++i;
    } else {
      fixed.append(s.data() + i, len);
      i += len;
    }
  }
  AppendString(out, fixed);
  return false;
}

Writer& Writer::Hex(const uint8_t* data, size_t n) {
  Sep();
  out_.push_back('"');
  AppendHex(out_, data, n);
  out_.push_back('"');
  return *this;
}

void AppendInt(std::string& out, int64_t v) { fmt::format_to(std::back_inserter(out), "{}", v); }
void AppendUint(std::string& out, uint64_t v) { fmt::format_to(std::back_inserter(out), "{}", v); }

void AppendDouble(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out.append("null");
    return;
  }
  if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
    fmt::format_to(std::back_inserter(out), "{}", static_cast<int64_t>(v));
    return;
  }
  fmt::format_to(std::back_inserter(out), "{}", v);
}

}  // namespace lead::json
