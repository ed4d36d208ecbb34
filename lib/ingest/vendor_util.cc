// SPDX-License-Identifier: Apache-2.0
#include "ingest/vendor_util.h"

#include <fmt/format.h>

#include "json/path.h"

namespace lead::ingest::vu {

std::optional<element> At(object o, std::initializer_list<std::string_view> keys) {
  element cur;
  object obj = o;
  bool first = true;
  for (std::string_view k : keys) {
    if (!first && cur.get_object().get(obj) != simdjson::SUCCESS) return std::nullopt;
    if (obj.at_key(k).get(cur) != simdjson::SUCCESS) return std::nullopt;
    first = false;
  }
  if (first) return std::nullopt;
  return cur;
}

bool Has(object o, std::initializer_list<std::string_view> keys) {
  auto e = At(o, keys);
  return e && !e->is_null();
}

std::optional<object> ObjectAt(object o, std::initializer_list<std::string_view> keys) {
  auto e = At(o, keys);
  object out;
  if (!e || e->get_object().get(out) != simdjson::SUCCESS) return std::nullopt;
  return out;
}

std::optional<std::string> IdAt(object o, std::initializer_list<std::string_view> keys) {
  auto e = At(o, keys);
  if (!e) return std::nullopt;
  if (e->is_string() || e->is_int64() || e->is_uint64()) return json::AsText(*e);
  return std::nullopt;
}

std::optional<std::string_view> StringAt(object o, std::initializer_list<std::string_view> keys) {
  auto e = At(o, keys);
  std::string_view s;
  if (!e || e->get_string().get(s) != simdjson::SUCCESS) return std::nullopt;
  return s;
}

std::optional<TimeMs> TimeOf(element e) {
  if (e.is_int64()) return EpochToTime(e.get_int64().value_unsafe());
  if (e.is_uint64()) {
    uint64_t v = e.get_uint64().value_unsafe();
    if (v > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
    return EpochToTime(static_cast<int64_t>(v));
  }
  if (e.is_double()) return EpochToTime(e.get_double().value_unsafe());
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) return std::nullopt;
  // Microsoft JSON dates: "/Date(1700000000000)/" or "/Date(1700000000000+0000)/".
  if (s.size() > 8 && s.substr(0, 6) == "/Date(") {
    size_t end = s.find_first_of("+-)", 6);
    if (end == std::string_view::npos) return std::nullopt;
    auto ms = s.substr(6, end - 6);
    if (ms.empty() || ms.find_first_not_of("0123456789") != std::string_view::npos)
      return std::nullopt;
    return EpochToTime(static_cast<int64_t>(std::stoll(std::string(ms))));
  }
  return ParseTime(s);
}

bool ReadTime(object o, std::initializer_list<std::string_view> keys, std::string_view label,
              EventInfo* info, DescribeError* err) {
  auto e = At(o, keys);
  if (!e || e->is_null()) return true;
  auto t = TimeOf(*e);
  if (!t) {
    if (e->is_string() && e->get_string().value_unsafe().empty()) return true;
    return WrongType(err, label, "a timestamp (epoch number or ISO 8601 string)");
  }
  if (!info->occurred_at) {
    info->occurred_at = t;
    info->occurred_at_from = std::string(label);
  }
  return true;
}

bool RequireTime(object o, std::initializer_list<std::string_view> keys, std::string_view label,
                 EventInfo* info, DescribeError* err) {
  auto e = At(o, keys);
  if (!e || e->is_null()) return Missing(err, info->system, label);
  return ReadTime(o, keys, label, info, err);
}

bool RequireId(object o, std::initializer_list<std::string_view> keys, std::string_view label,
               std::string* out, DescribeError* err) {
  auto e = At(o, keys);
  if (!e || e->is_null()) {
    err->code = "missing_field";
    err->message = fmt::format("required field '{}' is missing", label);
    return false;
  }
  auto id = IdAt(o, keys);
  if (!id || id->empty()) return WrongType(err, label, "a non-empty string or integer");
  *out = *id;
  return true;
}

bool OptionalId(object o, std::initializer_list<std::string_view> keys, std::string_view label,
                std::string* out, DescribeError* err) {
  auto e = At(o, keys);
  if (!e || e->is_null()) return true;
  auto id = IdAt(o, keys);
  if (!id) return WrongType(err, label, "a string or integer");
  *out = *id;
  return true;
}

bool Missing(DescribeError* err, std::string_view vendor, std::string_view field) {
  err->code = "missing_field";
  err->message = fmt::format("{} payload has no '{}'", vendor, field);
  return false;
}

bool WrongType(DescribeError* err, std::string_view field, std::string_view expected) {
  err->code = "wrong_type";
  err->message = fmt::format("field '{}' must be {}", field, expected);
  return false;
}

}  // namespace lead::ingest::vu
