// SPDX-License-Identifier: Apache-2.0
#include "json/scan.h"

#include <cstring>

namespace lead::json {

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

size_t SkipString(std::string_view s, size_t i) {
  ++i;
  while (i < s.size()) {
    const void* q = std::memchr(s.data() + i, '"', s.size() - i);
    if (q == nullptr) return s.size();
    size_t at = static_cast<size_t>(static_cast<const char*>(q) - s.data());
    // Count the backslashes right before the quote.
    size_t bs = 0;
    while (at - bs > i && s[at - bs - 1] == '\\') ++bs;
    if (bs % 2 == 0) return at + 1;
    i = at + 1;
  }
  return s.size();
}

size_t SkipValue(std::string_view s, size_t i) {
  if (i >= s.size()) return s.size();
  if (s[i] == '"') return SkipString(s, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '"') {
        i = SkipString(s, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return s.size();
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' &&
         s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
    ++i;
  return i;
}

bool SplitArray(std::string_view text, std::vector<std::string_view>* elements) {
  elements->clear();
  size_t i = SkipSpace(text, 0);
  if (i >= text.size() || text[i] != '[') return false;
  i = SkipSpace(text, i + 1);
  if (i < text.size() && text[i] == ']') return true;
  while (i < text.size()) {
    size_t end = SkipValue(text, i);
    elements->push_back(text.substr(i, end - i));
    i = SkipSpace(text, end);
    if (i >= text.size() || text[i] != ',') break;
    i = SkipSpace(text, i + 1);
  }
  return true;
}

void MinifyTo(std::string& out, std::string_view text) {
  size_t i = 0, n = text.size();
  while (i < n) {
    char c = text[i];
    if (c == '"') {
      size_t end = SkipString(text, i);
      out.append(text.data() + i, end - i);
      i = end;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else {
      size_t start = i;
      while (i < n && text[i] != '"' && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' &&
             text[i] != '\r')
        ++i;
      out.append(text.data() + start, i - start);
    }
  }
}

bool HasInsignificantSpace(std::string_view text) {
  size_t i = 0, n = text.size();
  while (i < n) {
    char c = text[i];
    if (c == '"') {
      i = SkipString(text, i);
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      return true;
    } else {
      ++i;
    }
  }
  return false;
}

}  // namespace lead::json
