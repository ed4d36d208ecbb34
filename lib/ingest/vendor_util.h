// SPDX-License-Identifier: Apache-2.0
// Small readers used by the vendor adapters (ingest/vendors*.cc): walk a
// fixed key path in a DOM object, read ids exactly (64-bit integers keep all
// digits), read times in the vendor's form, and build precise errors.
#pragma once

#include <simdjson.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.h"
#include "ingest/vendors.h"

namespace lead::ingest::vu {

using simdjson::dom::element;
using simdjson::dom::object;

// The value at keys... under o, or nullopt.
std::optional<element> At(object o, std::initializer_list<std::string_view> keys);
bool Has(object o, std::initializer_list<std::string_view> keys);
std::optional<object> ObjectAt(object o, std::initializer_list<std::string_view> keys);
// A string, or an integer rendered exactly; nullopt for other types/missing.
std::optional<std::string> IdAt(object o, std::initializer_list<std::string_view> keys);
std::optional<std::string_view> StringAt(object o, std::initializer_list<std::string_view> keys);
// Epoch numbers (any unit, by magnitude), ISO strings, "/Date(ms)/".
std::optional<TimeMs> TimeOf(element e);

// Reads an optional time field: sets info->occurred_at when present and
// valid; returns false with a wrong_type error when present but not a time.
bool ReadTime(object o, std::initializer_list<std::string_view> keys, std::string_view label,
              EventInfo* info, DescribeError* err);
// Like ReadTime but the field must be there.
bool RequireTime(object o, std::initializer_list<std::string_view> keys, std::string_view label,
                 EventInfo* info, DescribeError* err);
// Reads a required id/string field into *out.
bool RequireId(object o, std::initializer_list<std::string_view> keys, std::string_view label,
               std::string* out, DescribeError* err);
// Reads an optional id/string; a present value of another type is wrong_type.
bool OptionalId(object o, std::initializer_list<std::string_view> keys, std::string_view label,
                std::string* out, DescribeError* err);

bool Missing(DescribeError* err, std::string_view vendor, std::string_view field);
bool WrongType(DescribeError* err, std::string_view field, std::string_view expected);

}  // namespace lead::ingest::vu
