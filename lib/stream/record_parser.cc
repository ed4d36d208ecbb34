// SPDX-License-Identifier: Apache-2.0
#include "stream/record_parser.h"

#include <fmt/format.h>

#include <cstring>

namespace lead::stream {
namespace {
constexpr size_t kShrinkAbove = size_t{8} << 20;

std::string_view CodeFor(simdjson::error_code e) {
  switch (e) {
    case simdjson::UTF8_ERROR: return "invalid_utf8";
    case simdjson::DEPTH_ERROR: return "too_deep";
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE: return "number_out_of_range";
    case simdjson::EMPTY: return "invalid_json";
    default: return "invalid_json";
  }
}
}  // namespace

RecordParser::RecordParser() : parser_(simdjson::dom::parser(size_t{128} << 20)) {
  if (parser_.allocate(size_t{64} << 10, kMaxDepth) != simdjson::SUCCESS) throw std::bad_alloc();
}

bool RecordParser::Parse(std::string_view line, simdjson::dom::element* root, ParseError* err) {
  if (std::memchr(line.data(), '\0', line.size()) != nullptr) {
    *err = {"nul_byte", "the line contains a NUL byte"};
    return false;
  }
  if (big_ > kShrinkAbove && line.size() < kShrinkAbove) {
    // Give back the memory a huge document made the parser allocate.
    parser_ = simdjson::dom::parser(size_t{128} << 20);
    if (parser_.allocate(size_t{64} << 10, kMaxDepth) != simdjson::SUCCESS) throw std::bad_alloc();
    big_ = 0;
  }
  if (line.size() > big_) big_ = line.size();
  if (line.size() + 1024 > parser_.max_capacity()) parser_.set_max_capacity(line.size() + 1024);
  auto e = parser_.parse(line.data(), line.size(), false).get(*root);
  if (e != simdjson::SUCCESS) {
    *err = {CodeFor(e), simdjson::error_message(e)};
    return false;
  }
  return Validate(*root, err);
}

bool RecordParser::ParseCopy(std::string_view line, simdjson::dom::element* root,
                             ParseError* err) {
  copy_ = simdjson::padded_string(line);
  return Parse(std::string_view(copy_.data(), copy_.size()), root, err);
}

bool RecordParser::Validate(simdjson::dom::element root, ParseError* err) {
  if (require_object_ && !root.is_object()) {
    const char* what = root.is_array() ? "an array" : "a scalar";
    *err = {"not_object", fmt::format("expected a JSON object per line, got {}", what)};
    return false;
  }
  if (check_duplicates_) {
    std::string key;
    if (HasDuplicateKeys(root, &key, 0)) {
      *err = {"duplicate_key", fmt::format("duplicate key \"{}\" in one object", key)};
      return false;
    }
  }
  return true;
}

bool RecordParser::HasDuplicateKeys(simdjson::dom::element e, std::string* key, int depth) {
  if (e.is_object()) {
    simdjson::dom::object o = e.get_object().value_unsafe();
    // Small objects: pairwise compare of the keys seen so far (typical objects
    // have under 32 keys); larger ones fall back to sorting.
    constexpr size_t kInline = 32;
    std::string_view seen[kInline];
    size_t n = 0;
    bool large = o.size() > kInline;
    std::vector<std::string_view> all;
    for (auto field : o) {
      if (large) {
        all.push_back(field.key);
      } else {
        for (size_t i = 0; i < n; ++i) {
          if (seen[i] == field.key) {
            *key = std::string(field.key);
            return true;
          }
        }
        seen[n++] = field.key;
      }
      if (!field.value.is_object() && !field.value.is_array()) continue;
      if (HasDuplicateKeys(field.value, key, depth + 1)) return true;
    }
    if (large) {
      std::sort(all.begin(), all.end());
      for (size_t i = 1; i < all.size(); ++i) {
        if (all[i] == all[i - 1]) {
          *key = std::string(all[i]);
          return true;
        }
      }
    }
    return false;
  }
  if (e.is_array()) {
    simdjson::dom::array arr = e.get_array().value_unsafe();
    for (auto v : arr) {
      if (!v.is_object() && !v.is_array()) continue;
      if (HasDuplicateKeys(v, key, depth + 1)) return true;
    }
  }
  return false;
}

}  // namespace lead::stream
