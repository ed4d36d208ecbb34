// SPDX-License-Identifier: Apache-2.0
// Event time for leadpipe: milliseconds since the Unix epoch, UTC. Parsing
// accepts every timestamp form vendors send (ISO 8601 / RFC 3339 variants,
// Salesforce "+0000" offsets, RFC 2822 dates, epoch seconds/ms/us/ns as numbers
// or digit strings); formatting is one canonical form,
// "YYYY-MM-DDTHH:MM:SS.mmmZ", so timestamps also sort as strings.
// Clock is injected so `--now` makes every run deterministic.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lead {

using TimeMs = int64_t;  // milliseconds since 1970-01-01T00:00:00Z

// Parses a timestamp string; nullopt when it is not one of the known forms or
// out of range (years 1000-9999).
std::optional<TimeMs> ParseTime(std::string_view text);

// Interprets an epoch number by magnitude: seconds (< 1e11), milliseconds
// (< 1e14), microseconds (< 1e17), else nanoseconds. Negative values and
// values beyond year 9999 give nullopt.
std::optional<TimeMs> EpochToTime(double value);
std::optional<TimeMs> EpochToTime(int64_t value);

// "2026-11-23T14:53:50.123Z".
std::string FormatTime(TimeMs t);
// Appends the same to out (no allocation when out has capacity).
void AppendTime(std::string& out, TimeMs t);

// Parses a duration: "90s", "30m", "2h", "7d", "1w", "500ms", combinations
// such as "1h30m", a bare number of seconds, or ISO 8601 "PT2H30M"/"P1D".
std::optional<int64_t> ParseDurationMs(std::string_view text);
// The shortest "1h30m" style form.
std::string FormatDuration(int64_t ms);

// The source of "now". Production uses the system clock; `--now` fixes it.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimeMs Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimeMs Now() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(TimeMs t) : t_(t) {}
  TimeMs Now() const override { return t_; }
  void Set(TimeMs t) { t_ = t; }

 private:
  TimeMs t_;
};

}  // namespace lead
