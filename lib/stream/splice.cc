// SPDX-License-Identifier: Apache-2.0
#include "stream/splice.h"

#include <cstring>

#include "json/scan.h"

namespace lead::stream {
namespace {
using json::SkipSpace;
using json::SkipString;
using json::SkipValue;


bool KeyEquals(std::string_view raw, std::string_view key) {
  if (raw.find('\\') == std::string_view::npos) return raw == key;
  // Rare: the key has escapes; let simdjson unescape it.
  std::string quoted = "\"" + std::string(raw) + "\"";
  simdjson::dom::parser p;
  std::string_view unescaped;
  if (p.parse(quoted).get_string().get(unescaped) != simdjson::SUCCESS) return false;
  return unescaped == key;
}

size_t ClosingBrace(std::string_view line) {
  size_t end = line.size();
  while (end > 0 && line[end - 1] != '}') --end;
  return end - 1;
}

}  // namespace

bool FindMember(std::string_view line, std::string_view key, MemberSpan* span) {
  size_t i = SkipSpace(line, 0);
  if (i >= line.size() || line[i] != '{') return false;
  ++i;
  for (;;) {
    i = SkipSpace(line, i);
    if (i >= line.size() || line[i] != '"') return false;
    size_t kb = i;
    size_t ke = SkipString(line, i);
    i = SkipSpace(line, ke);
    if (i >= line.size() || line[i] != ':') return false;
    i = SkipSpace(line, i + 1);
    size_t vb = i;
    size_t ve = SkipValue(line, i);
    if (KeyEquals(line.substr(kb + 1, ke - kb - 2), key)) {
      *span = {kb, vb, ve};
      return true;
    }
    i = SkipSpace(line, ve);
    if (i >= line.size() || line[i] != ',') return false;
    ++i;
  }
}

void SpliceMembers(std::string& out, std::string_view line, simdjson::dom::object root,
                   const Member* members, size_t n) {
  // Fast path: none of the keys exist yet.
  bool any_existing = false;
  for (size_t k = 0; k < n && !any_existing; ++k) {
    simdjson::dom::element ignored;
    any_existing = root.at_key(members[k].key).get(ignored) == simdjson::SUCCESS;
  }
  std::string_view src = line;
  std::string rewritten;
  if (any_existing) {
    // Replace existing values in place, then insert the rest.
    rewritten.assign(line);
    for (size_t k = 0; k < n; ++k) {
      MemberSpan span;
      if (FindMember(rewritten, members[k].key, &span)) {
        rewritten.replace(span.value_begin, span.value_end - span.value_begin,
                          members[k].value_json);
      }
    }
    src = rewritten;
  }
  size_t close = ClosingBrace(src);
  out.append(src.data(), close);
  bool empty = root.size() == 0;
  for (size_t k = 0; k < n; ++k) {
    if (any_existing) {
      simdjson::dom::element ignored;
      if (root.at_key(members[k].key).get(ignored) == simdjson::SUCCESS) continue;
    }
    if (!empty) out.push_back(',');
    empty = false;
    out.push_back('"');
    out.append(members[k].key);  // keys are fixed identifiers chosen by tools
    out.append("\":");
    out.append(members[k].value_json);
  }
  out.append(src.data() + close, src.size() - close);
  out.push_back('\n');
}

void SpliceMember(std::string& out, std::string_view line, simdjson::dom::object root,
                  std::string_view key, std::string_view value_json) {
  Member m{key, value_json};
  SpliceMembers(out, line, root, &m, 1);
}

void RemoveMember(std::string& out, std::string_view line, simdjson::dom::object root,
                  std::string_view key) {
  MemberSpan span;
  simdjson::dom::element ignored;
  if (root.at_key(key).get(ignored) != simdjson::SUCCESS || !FindMember(line, key, &span)) {
    out.append(line);
    out.push_back('\n');
    return;
  }
  // Remove the member and one adjacent comma.
  size_t b = span.key_begin, e = span.value_end;
  size_t after = SkipSpace(line, e);
  if (after < line.size() && line[after] == ',') {
    e = after + 1;
  } else {
    size_t before = b;
    while (before > 0 && (line[before - 1] == ' ' || line[before - 1] == '\t')) --before;
    if (before > 0 && line[before - 1] == ',') b = before - 1;
  }
  out.append(line.data(), b);
  out.append(line.data() + e, line.size() - e);
  out.push_back('\n');
}

}  // namespace lead::stream
