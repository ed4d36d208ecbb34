// SPDX-License-Identifier: Apache-2.0
#include "core/time.h"

#include <chrono>
#include <cmath>
#include <cstring>

namespace lead {
namespace {

constexpr int64_t kMinTime = -30610224000000;  // 1000-01-01
constexpr int64_t kMaxTime = 253402300799999;  // 9999-12-31T23:59:59.999

int64_t DaysFromCivil(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count();
}

bool ValidDate(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return year_month_day{year{y}, month{m}, day{d}}.ok();
}

// A tiny cursor over the text.
struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return i < s.size() ? s[i] : '\0'; }
  bool eat(char c) {
    if (peek() == c) { ++i; return true; }
    return false;
  }
  // Reads exactly n digits.
  bool digits(int n, int* out) {
    int v = 0;
    for (int k = 0; k < n; ++k) {
      char c = peek();
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
      ++i;
    }
    *out = v;
    return true;
  }
  void skip_spaces() {
    while (peek() == ' ') ++i;
  }
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

// Parses "+HH:MM", "+HHMM", "+HH", "Z", "UTC", "GMT"; sets offset in minutes.
bool ParseZone(Cursor& c, int* offset_min) {
  *offset_min = 0;
  if (c.done()) return true;
  if (c.eat('Z') || c.eat('z')) return true;
  std::string_view rest = c.s.substr(c.i);
  if (rest == "UTC" || rest == "GMT" || rest == " UTC" || rest == " GMT") {
    c.i = c.s.size();
    return true;
  }
  c.skip_spaces();
  char sign = c.peek();
  if (sign != '+' && sign != '-') return false;
  ++c.i;
  int hh = 0, mm = 0;
  if (!c.digits(2, &hh)) return false;
  if (c.eat(':')) {
    if (!c.digits(2, &mm)) return false;
  } else if (!c.done()) {
    if (!c.digits(2, &mm)) return false;
  }
  if (hh > 23 || mm > 59) return false;
  *offset_min = (hh * 60 + mm) * (sign == '-' ? -1 : 1);
  return true;
}

std::optional<TimeMs> ParseIso(std::string_view text) {
  Cursor c{text};
  int y = 0, mo = 0, d = 0;
  if (!c.digits(4, &y)) return std::nullopt;
  bool basic = !c.eat('-');
  if (!c.digits(2, &mo)) return std::nullopt;
  if (!basic && !c.eat('-')) return std::nullopt;
  if (!c.digits(2, &d)) return std::nullopt;
  if (!ValidDate(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) return std::nullopt;
  int64_t ms = DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400000;
  if (c.done()) return ms;
  if (!(c.eat('T') || c.eat('t') || c.eat(' '))) return std::nullopt;
  int hh = 0, mi = 0, ss = 0;
  if (!c.digits(2, &hh)) return std::nullopt;
  if (!basic && !c.eat(':')) return std::nullopt;
  if (!c.digits(2, &mi)) return std::nullopt;
  int64_t frac_ms = 0;
  bool has_seconds = basic ? (c.peek() >= '0' && c.peek() <= '9') : c.eat(':');
  if (has_seconds) {
    if (!c.digits(2, &ss)) return std::nullopt;
    if (c.eat('.') || c.eat(',')) {
      int n = 0;
      int64_t scale = 100;
      while (c.peek() >= '0' && c.peek() <= '9') {
        if (n < 3) frac_ms += (c.peek() - '0') * scale;
        scale /= 10;
        ++n;
        ++c.i;
      }
      if (n == 0) return std::nullopt;
    }
  }
  if (hh > 24 || mi > 59 || ss > 60) return std::nullopt;
  if (hh == 24 && (mi != 0 || ss != 0)) return std::nullopt;
  if (ss == 60) ss = 59;  // leap second: clamp
  int offset = 0;
  if (!ParseZone(c, &offset)) return std::nullopt;
  if (!c.done()) return std::nullopt;
  ms += ((hh * 60 + mi) * 60 + ss) * int64_t{1000} + frac_ms - offset * int64_t{60000};
  return ms;
}

int MonthFromName(std::string_view m) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (m.size() < 3) return 0;
  for (int k = 0; k < 12; ++k) {
    if ((m[0] | 0x20) == kNames[k][0] && (m[1] | 0x20) == kNames[k][1] &&
        (m[2] | 0x20) == kNames[k][2])
      return k + 1;
  }
  return 0;
}

// RFC 2822 / RFC 7231: "Mon, 23 Nov 2026 14:53:50 +0000" or "... GMT".
std::optional<TimeMs> ParseRfc2822(std::string_view text) {
  Cursor c{text};
  size_t comma = text.find(',');
  if (comma != std::string_view::npos && comma <= 9) c.i = comma + 1;
  c.skip_spaces();
  int d = 0;
  if (!c.digits(2, &d)) {
    if (!c.digits(1, &d)) return std::nullopt;
  }
  c.skip_spaces();
  int mo = MonthFromName(text.substr(c.i));
  if (mo == 0) return std::nullopt;
  c.i += 3;
  c.skip_spaces();
  int y = 0, hh = 0, mi = 0, ss = 0;
  if (!c.digits(4, &y)) return std::nullopt;
  c.skip_spaces();
  if (!c.digits(2, &hh) || !c.eat(':') || !c.digits(2, &mi)) return std::nullopt;
  if (c.eat(':') && !c.digits(2, &ss)) return std::nullopt;
  if (!ValidDate(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) return std::nullopt;
  if (hh > 23 || mi > 59 || ss > 60) return std::nullopt;
  if (ss == 60) ss = 59;
  c.skip_spaces();
  int offset = 0;
  if (!ParseZone(c, &offset)) return std::nullopt;
  if (!c.done()) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400000 +
         ((hh * 60 + mi) * 60 + ss) * int64_t{1000} - offset * int64_t{60000};
}

std::optional<TimeMs> InRange(std::optional<TimeMs> t) {
  if (!t || *t < kMinTime || *t > kMaxTime) return std::nullopt;
  return t;
}

}  // namespace

std::optional<TimeMs> EpochToTime(int64_t v) {
  if (v < 0) return std::nullopt;
  int64_t ms;
  if (v < 100000000000LL) ms = v * 1000;                 // seconds
  else if (v < 100000000000000LL) ms = v;                // milliseconds
  else if (v < 100000000000000000LL) ms = v / 1000;      // microseconds
  else ms = v / 1000000;                                 // nanoseconds
  return InRange(ms);
}

std::optional<TimeMs> EpochToTime(double v) {
  if (!std::isfinite(v) || v < 0) return std::nullopt;
  double ms;
  if (v < 1e11) ms = v * 1000.0;
  else if (v < 1e14) ms = v;
  else if (v < 1e17) ms = v / 1e3;
  else ms = v / 1e6;
  if (ms > static_cast<double>(kMaxTime)) return std::nullopt;
  return InRange(static_cast<TimeMs>(std::llround(ms)));
}

std::optional<TimeMs> ParseTime(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  if (AllDigits(text)) {
    if (text.size() > 19) return std::nullopt;
    uint64_t u = 0;
    for (char ch : text) u = u * 10 + static_cast<uint64_t>(ch - '0');
    if (u > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
    int64_t v = static_cast<int64_t>(u);
    // An 8-digit string is a basic-format date (YYYYMMDD), not an epoch.
    if (text.size() == 8) return InRange(ParseIso(text));
    return EpochToTime(v);
  }
  if (text.size() >= 8 && text[0] >= '0' && text[0] <= '9') {
    // A decimal epoch such as "1700000000.5".
    bool decimal = true;
    int dots = 0;
    for (char ch : text) {
      if (ch == '.') ++dots;
      else if (ch < '0' || ch > '9') decimal = false;
    }
    if (decimal && dots == 1) return EpochToTime(std::strtod(std::string(text).c_str(), nullptr));
    return InRange(ParseIso(text));
  }
  return InRange(ParseRfc2822(text));
}

void AppendTime(std::string& out, TimeMs t) {
  using namespace std::chrono;
  int64_t days = t >= 0 ? t / 86400000 : -((-t + 86399999) / 86400000);
  int64_t rem = t - days * 86400000;
  year_month_day ymd{sys_days{std::chrono::days{days}}};
  int hh = static_cast<int>(rem / 3600000);
  int mi = static_cast<int>(rem / 60000 % 60);
  int ss = static_cast<int>(rem / 1000 % 60);
  int ms = static_cast<int>(rem % 1000);
  char buf[32];
  int y = static_cast<int>(ymd.year());
  buf[0] = static_cast<char>('0' + y / 1000 % 10);
  buf[1] = static_cast<char>('0' + y / 100 % 10);
  buf[2] = static_cast<char>('0' + y / 10 % 10);
  buf[3] = static_cast<char>('0' + y % 10);
  auto two = [&](char* p, unsigned v) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
  };
  buf[4] = '-';
  two(buf + 5, static_cast<unsigned>(ymd.month()));
  buf[7] = '-';
  two(buf + 8, static_cast<unsigned>(ymd.day()));
  buf[10] = 'T';
  two(buf + 11, static_cast<unsigned>(hh));
  buf[13] = ':';
  two(buf + 14, static_cast<unsigned>(mi));
  buf[16] = ':';
  two(buf + 17, static_cast<unsigned>(ss));
  buf[19] = '.';
  buf[20] = static_cast<char>('0' + ms / 100);
  buf[21] = static_cast<char>('0' + ms / 10 % 10);
  buf[22] = static_cast<char>('0' + ms % 10);
  buf[23] = 'Z';
  out.append(buf, 24);
}

std::string FormatTime(TimeMs t) {
  std::string s;
  AppendTime(s, t);
  return s;
}

std::optional<int64_t> ParseDurationMs(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (AllDigits(text)) {
    if (text.size() > 12) return std::nullopt;
    return std::stoll(std::string(text)) * 1000;
  }
  bool iso = false;
  size_t i = 0;
  if (text[0] == 'P' || text[0] == 'p') {
    iso = true;
    i = 1;
  }
  bool in_time = false;
  int64_t total = 0;
  bool any = false;
  while (i < text.size()) {
    if (iso && (text[i] == 'T' || text[i] == 't')) {
      in_time = true;
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
    if (start == i || i - start > 12) return std::nullopt;
    double n = std::strtod(std::string(text.substr(start, i - start)).c_str(), nullptr);
    size_t ustart = i;
    while (i < text.size() && ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z') &&
           !(iso && (text[i] == 'T'))) {
      ++i;
      if (iso) break;  // ISO units are one letter
    }
    std::string unit(text.substr(ustart, i - ustart));
    for (auto& ch : unit) ch = static_cast<char>(ch | 0x20);
    double mult;
    if (unit == "ms") mult = 1;
    else if (unit == "s" || unit == "sec" || unit == "secs") mult = 1000;
    else if (unit == "m" && iso && !in_time) mult = 30.0 * 86400000;  // ISO months: 30 days
    else if (unit == "m" || unit == "min" || unit == "mins") mult = 60000;
    else if (unit == "h" || unit == "hr" || unit == "hrs") mult = 3600000;
    else if (unit == "d" || unit == "day" || unit == "days") mult = 86400000;
    else if (unit == "w" || unit == "wk" || unit == "weeks") mult = 7 * 86400000.0;
    else return std::nullopt;
    total += static_cast<int64_t>(std::llround(n * mult));
    any = true;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  if (!any) return std::nullopt;
  return total;
}

std::string FormatDuration(int64_t ms) {
  if (ms == 0) return "0s";
  std::string out;
  if (ms < 0) {
    out = "-";
    ms = -ms;
  }
  struct Unit { int64_t ms; const char* name; };
  static const Unit kUnits[] = {{86400000, "d"}, {3600000, "h"}, {60000, "m"}, {1000, "s"}, {1, "ms"}};
  for (const auto& u : kUnits) {
    if (ms >= u.ms) {
      out += std::to_string(ms / u.ms);
      out += u.name;
      ms %= u.ms;
    }
  }
  return out;
}

TimeMs SystemClock::Now() const {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace lead
