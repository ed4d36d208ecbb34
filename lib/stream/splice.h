// SPDX-License-Identifier: Apache-2.0
// Splicing a section into an event without re-serialising it: the original
// line is copied byte for byte and `"key":<value>` is inserted before its
// closing brace, or, when the key is already there (a stage run twice), its
// old value is replaced in place. Every other byte passes through untouched.
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace lead::stream {

// The byte span of one top-level member of a JSON object text.
struct MemberSpan {
  size_t key_begin;    // offset of the key's opening quote
  size_t value_begin;  // offset of the first byte of the value
  size_t value_end;    // offset just past the value
};

// Finds top-level member `key` in the object text `line`.
// REQUIRES: line is a validated JSON object. Keys with escapes are compared
// after unescaping.
bool FindMember(std::string_view line, std::string_view key, MemberSpan* span);

// Appends line to out with member key set to value_json (already-serialised
// JSON), then '\n'. `root` is the parsed line, used to know whether the key
// exists and whether the object is empty, so the common case is one append.
void SpliceMember(std::string& out, std::string_view line, simdjson::dom::object root,
                  std::string_view key, std::string_view value_json);

// Several members at once (each replaced or inserted), in order.
struct Member {
  std::string_view key;
  std::string_view value_json;
};
void SpliceMembers(std::string& out, std::string_view line, simdjson::dom::object root,
                   const Member* members, size_t n);

// Appends line without member key (if present), then '\n'.
void RemoveMember(std::string& out, std::string_view line, simdjson::dom::object root,
                  std::string_view key);

}  // namespace lead::stream
