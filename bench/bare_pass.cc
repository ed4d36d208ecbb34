// SPDX-License-Identifier: Apache-2.0
// bench-bare_pass: the baseline every stage is compared against, as defined in
// ../shared/reference/perf-baselines.md: simdjson On-Demand, one document per
// line, extract 5 fields, write a small JSON line with fmt. No validation, no
// rejects. --splice instead appends a small section to each original line.
// Reads stdin, writes stdout.
#include <fmt/format.h>
#include <simdjson.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  bool splice = argc > 1 && std::strcmp(argv[1], "--splice") == 0;
  const size_t cap = size_t{4} << 20;
  std::vector<char> buf(cap + simdjson::SIMDJSON_PADDING);
  size_t len = 0;
  std::string out;
  out.reserve(size_t{1} << 20);
  simdjson::ondemand::parser parser;
  for (;;) {
    ssize_t r = read(0, buf.data() + len, cap - len);
    if (r <= 0) break;
    len += static_cast<size_t>(r);
    size_t pos = 0;
    for (;;) {
      const char* nl = static_cast<const char*>(std::memchr(buf.data() + pos, '\n', len - pos));
      if (nl == nullptr) break;
      size_t n = static_cast<size_t>(nl - (buf.data() + pos));
      simdjson::ondemand::document doc;
      if (parser.iterate(buf.data() + pos, n, n + simdjson::SIMDJSON_PADDING).get(doc) == simdjson::SUCCESS) {
        std::string_view a, b, c, d;
        int64_t e = 0;
        simdjson::ondemand::object o;
        if (doc.get_object().get(o) == simdjson::SUCCESS) {
          (void)o["event_id"].get(a);
          (void)o["event_type"].get(b);
          (void)o["occurred_at"].get(c);
          simdjson::ondemand::object at;
          if (o["attributes"].get(at) == simdjson::SUCCESS) {
            (void)at["account_id"].get(d);
            (void)at["estimated_arr"].get(e);
          }
        }
        if (splice) {
          const char* line = buf.data() + pos;
          size_t close = n;
          while (close > 0 && line[close - 1] != '}') --close;
          out.append(line, close - 1);
          fmt::format_to(std::back_inserter(out), ",\"bare\":{{\"id\":\"{}\",\"arr\":{}}}}}\n", a, e);
        } else {
          fmt::format_to(std::back_inserter(out),
                         "{{\"id\":\"{}\",\"type\":\"{}\",\"at\":\"{}\",\"account\":\"{}\",\"arr\":{}}}\n",
                         a, b, c, d, e);
        }
      }
      pos += n + 1;
      if (out.size() > (size_t{1} << 20)) {
        if (write(1, out.data(), out.size()) < 0) return 74;
        out.clear();
      }
    }
    std::memmove(buf.data(), buf.data() + pos, len - pos);
    len -= pos;
    if (len == cap) return 65;  // a line longer than the buffer: not a fair bench input
  }
  if (!out.empty() && write(1, out.data(), out.size()) < 0) return 74;
  return 0;
}
