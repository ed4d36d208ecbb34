// SPDX-License-Identifier: Apache-2.0
// Vendor adapters: for each supported source, how to recognise its payload
// shape and what to read from it for the envelope (event id, occurred_at,
// object, event name, instance, delivery attempt). Adapters only read; the
// payload itself is passed through unchanged. Shapes follow the vendors'
// published payloads (samples in ../shared/data/webhooks where available).
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "ingest/envelope.h"

namespace lead::ingest {

struct DescribeError {
  std::string_view code;  // missing_field | wrong_type | unknown_source
  std::string message;
};

struct Vendor {
  std::string_view name;         // --source value
  std::string_view kind;         // default envelope kind
  std::string_view description;  // for --help and the man page
  // True when payload has this vendor's shape (used when --source is absent).
  bool (*detect)(simdjson::dom::object payload);
  // Fills info (system and kind are preset) or explains what is missing.
  bool (*describe)(simdjson::dom::object payload, EventInfo* info, DescribeError* err);
  // The payload to describe may be wrapped (e.g. Kafka-Connect schema+payload).
  bool batches;                  // top-level JSON arrays are batches of events
};

const std::vector<Vendor>& Vendors();
const Vendor* FindVendor(std::string_view name);
// The first vendor whose detect() matches, or nullptr.
const Vendor* DetectVendor(simdjson::dom::object payload);
// "hubspot, salesforce, ..." for messages.
std::string VendorList();

// A vendor named in HTTP delivery headers (lower-case names), or nullptr.
const Vendor* VendorFromHeaders(const std::vector<std::pair<std::string, std::string>>& headers);

}  // namespace lead::ingest
