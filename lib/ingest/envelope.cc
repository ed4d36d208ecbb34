// SPDX-License-Identifier: Apache-2.0
#include "ingest/envelope.h"

#include "json/write.h"

namespace lead::ingest {

void AppendEnvelope(std::string& out, const EventInfo& info, std::string_view payload_json,
                    std::string_view raw, const Provenance& prov, TimeMs received_at,
                    Sha256& hasher) {
  Digest payload_sha = hasher.Of(payload_json);
  Digest raw_sha = raw == payload_json ? payload_sha : hasher.Of(raw);

  // event_id
  std::string event_id;
  event_id.reserve(info.system.size() + 40);
  event_id.append(info.system);
  event_id.push_back(':');
  if (!info.vendor_id.empty()) {
    event_id.append(info.vendor_id);
  } else {
    event_id.append("h:");
    AppendHex(event_id, payload_sha.data(), 16);
  }

  json::Writer w(out);
  w.BeginObject();
  w.Key("schema_version").Int(1);
  w.Key("event_id").String(event_id);
  w.Key("idempotency_key").String(info.idempotency_key.empty() ? event_id : info.idempotency_key);
  w.Key("source").BeginObject();
  w.Key("system").String(info.system);
  w.Key("kind").String(info.kind);
  if (!info.instance.empty()) w.Key("instance").String(info.instance);
  else w.Key("instance").Null();
  if (!info.object.empty()) w.Key("object").String(info.object);
  if (!info.event.empty()) w.Key("event").String(info.event);
  w.EndObject();
  w.Key("received_at").Time(received_at);
  w.Key("occurred_at").Time(info.occurred_at ? *info.occurred_at : received_at);
  w.Key("delivery_attempt").Int(info.delivery_attempt);
  w.Key("payload").Raw(payload_json);
  w.Key("provenance").BeginObject();
  w.Key("raw_sha256").Hex(raw_sha.data(), raw_sha.size());
  w.Key("format").String(prov.format);
  if (!prov.file.empty()) w.Key("file").String(prov.file);
  if (prov.line > 0) w.Key("line").Uint(prov.line);
  if (prov.index >= 0) w.Key("index").Int(prov.index);
  w.Key("occurred_at_from")
      .String(info.occurred_at && !info.occurred_at_from.empty() ? info.occurred_at_from
                                                                 : "received_at");
  if (!prov.http_json.empty()) w.Key("http").Raw(prov.http_json);
  w.EndObject();
  w.EndObject();
  out.push_back('\n');
}

}  // namespace lead::ingest
