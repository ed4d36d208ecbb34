// SPDX-License-Identifier: Apache-2.0
// The envelope lead-ingest writes for every vendor event (schema_version 1):
//   {"schema_version":1,"event_id":..,"idempotency_key":..,
//    "source":{"system":..,"kind":..,"instance":..,"object":..,"event":..},
//    "received_at":..,"occurred_at":..,"delivery_attempt":N,
//    "payload":<the vendor's JSON, byte for byte minus insignificant spaces>,
//    "provenance":{"raw_sha256":..,"format":..,"file":..,"line":N,"index":N,
//                  "occurred_at_from":..,"http":{..}}}
// event_id is deterministic: "<system>:<vendor event id>" when the vendor
// gives one, else "<system>:h:<first 32 hex of SHA-256(payload)>", so a
// replay of the same dump yields the same ids.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/hash.h"
#include "core/time.h"

namespace lead::ingest {

// What a vendor adapter extracts from one payload.
struct EventInfo {
  std::string system;     // "hubspot"
  std::string kind;       // webhook | cdc | platform_event | export | feed | form | api
  std::string instance;   // portal / org / account / connector; "" when unknown
  std::string object;     // contact, Account, customers, lead, ...
  std::string event;      // the vendor's event name: contact.creation, CREATE, c
  std::string vendor_id;  // the vendor's event id; "" -> content hash
  std::optional<TimeMs> occurred_at;
  std::string occurred_at_from;  // the field it came from ("" -> received_at)
  int64_t delivery_attempt = 1;
  std::string idempotency_key;   // "" -> event_id
};

struct Provenance {
  std::string_view format;     // ndjson | json | http | csv | debezium
  std::string_view file;       // "" for stdin
  uint64_t line = 0;           // line where the record starts (1-based)
  int64_t index = -1;          // position in a batch; -1 when not batched
  std::string_view http_json;  // serialised {"method":..,"target":..,"headers":{..}} or ""
};

// Appends one envelope line (with '\n') to out.
// payload_json: minified JSON of the payload. raw: the bytes as delivered,
// hashed into raw_sha256 (the payload hash is reused when raw == payload).
void AppendEnvelope(std::string& out, const EventInfo& info, std::string_view payload_json,
                    std::string_view raw, const Provenance& prov, TimeMs received_at,
                    Sha256& hasher);

}  // namespace lead::ingest
