// SPDX-License-Identifier: Apache-2.0
// Dotted field paths ("attributes.account_id", "notify.0.status") compiled
// once and evaluated against simdjson DOM elements without allocation. A
// segment made of digits indexes an array when the value there is an array,
// and is an object key otherwise. Keys containing dots are written in
// brackets: `payload["a.b"].c`.
#pragma once

#include <simdjson.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace lead::json {

class Path {
 public:
  Path() = default;
  // Compiles text; an empty or malformed path is a usage/config error.
  static Result<Path> Parse(std::string_view text);

  // The value at this path under root, or nullopt when any step is missing.
  std::optional<simdjson::dom::element> Find(simdjson::dom::element root) const;

  const std::string& text() const { return text_; }
  const std::vector<std::string>& segments() const { return segments_; }
  bool empty() const { return segments_.empty(); }

 private:
  std::string text_;
  std::vector<std::string> segments_;
  std::vector<int64_t> indexes_;  // -1 when the segment is not all digits
};

// Typed reads with lenient conversions used across tools.
// A string, or a number rendered exactly (integers keep every digit).
std::optional<std::string> AsText(simdjson::dom::element e);
// A string value only.
std::optional<std::string_view> AsStringView(simdjson::dom::element e);
// A number, or a string holding a decimal number ("12.5", "1e3").
std::optional<double> AsDouble(simdjson::dom::element e);
// true/false, 1/0, or the strings "true"/"false"/"yes"/"no"/"1"/"0".
std::optional<bool> AsBool(simdjson::dom::element e);
// Minified JSON text of any value.
std::string ToJson(simdjson::dom::element e);
// True for null, "", [] and {}.
bool IsEmptyValue(simdjson::dom::element e);

}  // namespace lead::json
