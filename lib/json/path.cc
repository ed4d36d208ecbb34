// SPDX-License-Identifier: Apache-2.0
#include "json/path.h"

#include <charconv>
#include <cstdlib>

namespace lead::json {

Result<Path> Path::Parse(std::string_view text) {
  Path p;
  p.text_ = std::string(text);
  size_t i = 0;
  std::string cur;
  bool have = false;
  auto push = [&]() -> bool {
    if (!have) return false;
    p.segments_.push_back(cur);
    cur.clear();
    have = false;
    return true;
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == '.') {
      if (!push()) return Status::Usage(fmt::format("invalid field path '{}': empty segment", text));
      ++i;
    } else if (c == '[' && i + 1 < text.size() && text[i + 1] == '"') {
      if (have) push();
      size_t end = text.find("\"]", i + 2);
      if (end == std::string_view::npos)
        return Status::Usage(fmt::format("invalid field path '{}': unterminated [\"...\"]", text));
      cur = std::string(text.substr(i + 2, end - i - 2));
      have = true;
      i = end + 2;
    } else if (c == '[') {
      if (have) push();
      size_t end = text.find(']', i);
      if (end == std::string_view::npos)
        return Status::Usage(fmt::format("invalid field path '{}': unterminated [", text));
      cur = std::string(text.substr(i + 1, end - i - 1));
      have = true;
      i = end + 1;
    } else {
      cur.push_back(c);
      have = true;
      ++i;
    }
  }
  if (!push() && !p.segments_.empty())
    return Status::Usage(fmt::format("invalid field path '{}': trailing '.'", text));
  if (p.segments_.empty()) return Status::Usage("invalid field path: empty");
  for (const auto& s : p.segments_) {
    int64_t idx = -1;
    if (!s.empty() && s.size() < 10 && s.find_first_not_of("0123456789") == std::string::npos)
      idx = std::strtoll(s.c_str(), nullptr, 10);
    p.indexes_.push_back(idx);
  }
  return p;
}

std::optional<simdjson::dom::element> Path::Find(simdjson::dom::element root) const {
  simdjson::dom::element cur = root;
  for (size_t k = 0; k < segments_.size(); ++k) {
    if (cur.is_object()) {
      simdjson::dom::element next;
      if (cur.get_object().value_unsafe().at_key(segments_[k]).get(next) != simdjson::SUCCESS)
        return std::nullopt;
      cur = next;
    } else if (cur.is_array() && indexes_[k] >= 0) {
      simdjson::dom::element next;
      if (cur.get_array().value_unsafe().at(static_cast<size_t>(indexes_[k])).get(next) !=
          simdjson::SUCCESS)
        return std::nullopt;
      cur = next;
    } else {
      return std::nullopt;
    }
  }
  return cur;
}

std::optional<std::string> AsText(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::STRING:
      return std::string(e.get_string().value_unsafe());
    case simdjson::dom::element_type::INT64:
      return std::to_string(e.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
      return std::to_string(e.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE: {
      double d = e.get_double().value_unsafe();
      if (d == static_cast<double>(static_cast<int64_t>(d)) && d < 9.2e18 && d > -9.2e18)
        return std::to_string(static_cast<int64_t>(d));
      return fmt::format("{}", d);
    }
    case simdjson::dom::element_type::BOOL:
      return std::string(e.get_bool().value_unsafe() ? "true" : "false");
    default:
      return std::nullopt;
  }
}

std::optional<std::string_view> AsStringView(simdjson::dom::element e) {
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) return std::nullopt;
  return s;
}

std::optional<double> AsDouble(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::INT64:
      return static_cast<double>(e.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
      return static_cast<double>(e.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
      return e.get_double().value_unsafe();
    case simdjson::dom::element_type::STRING: {
      std::string_view s = e.get_string().value_unsafe();
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
      if (s.empty() || s.size() > 64) return std::nullopt;
      double d = 0;
      auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
      if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
      return d;
    }
    default:
      return std::nullopt;
  }
}

std::optional<bool> AsBool(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::BOOL:
      return e.get_bool().value_unsafe();
    case simdjson::dom::element_type::INT64:
      return e.get_int64().value_unsafe() != 0;
    case simdjson::dom::element_type::UINT64:
      return e.get_uint64().value_unsafe() != 0;
    case simdjson::dom::element_type::STRING: {
      std::string s(e.get_string().value_unsafe());
      for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (s == "true" || s == "yes" || s == "1" || s == "y" || s == "on") return true;
      if (s == "false" || s == "no" || s == "0" || s == "n" || s == "off" || s.empty()) return false;
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

std::string ToJson(simdjson::dom::element e) { return simdjson::minify(e); }

bool IsEmptyValue(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
      return true;
    case simdjson::dom::element_type::STRING:
      return e.get_string().value_unsafe().empty();
    case simdjson::dom::element_type::ARRAY:
      return e.get_array().value_unsafe().size() == 0;
    case simdjson::dom::element_type::OBJECT:
      return e.get_object().value_unsafe().size() == 0;
    default:
      return false;
  }
}

}  // namespace lead::json
