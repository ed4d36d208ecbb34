// SPDX-License-Identifier: Apache-2.0
#include "stream/stats.h"

#include "json/write.h"

namespace lead::stream {

void Stats::Drop(std::string_view reason, uint64_t n) {
  dropped += n;
  auto it = drops_.find(reason);
  if (it == drops_.end()) it = drops_.emplace(std::string(reason), 0).first;
  it->second += n;
}

uint64_t& Stats::Counter(std::string_view name) {
  auto it = counters_.find(name);
  if (it == counters_.end()) it = counters_.emplace(std::string(name), 0).first;
  return it->second;
}

uint64_t Stats::Get(std::string_view name) const {
  auto it = counters_.find(name);
  return it == counters_.end() ? 0 : it->second;
}

std::string Stats::ToJson(std::string_view tool, double elapsed_s) const {
  std::string out;
  json::Writer w(out);
  w.BeginObject();
  w.Key("tool").String(tool);
  w.Key("lines").Uint(lines);
  w.Key("blank").Uint(blank);
  w.Key("records_in").Uint(records_in);
  w.Key("records_out").Uint(records_out);
  w.Key("rejected").Uint(rejected);
  w.Key("dropped").Uint(dropped);
  w.Key("bytes_in").Uint(bytes_in);
  w.Key("drops").BeginObject();
  for (const auto& [k, v] : drops_) w.Key(k).Uint(v);
  w.EndObject();
  w.Key("counters").BeginObject();
  for (const auto& [k, v] : counters_) w.Key(k).Uint(v);
  w.EndObject();
  w.Key("elapsed_s").Double(static_cast<double>(static_cast<int64_t>(elapsed_s * 1000)) / 1000);
  if (elapsed_s > 0)
    w.Key("records_per_s").Double(static_cast<double>(static_cast<int64_t>(records_in / elapsed_s)));
  w.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace lead::stream
