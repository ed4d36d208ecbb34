// SPDX-License-Identifier: Apache-2.0
// Internal: the adapter functions registered in ingest/vendors.cc.
#pragma once

#include "ingest/vendor_util.h"
#include "ingest/vendors.h"

namespace lead::ingest::adapters {
using simdjson::dom::object;

#define LEAD_ADAPTER(name)        \
  bool name##Detect(object p);    \
  bool name##Describe(object p, EventInfo* info, DescribeError* err);
LEAD_ADAPTER(Hubspot)
LEAD_ADAPTER(Salesforce)
LEAD_ADAPTER(Dynamics)
LEAD_ADAPTER(Zendesk)
LEAD_ADAPTER(Pipedrive)
LEAD_ADAPTER(Intercom)
LEAD_ADAPTER(Drift)
LEAD_ADAPTER(Stripe)
LEAD_ADAPTER(Facebook)
LEAD_ADAPTER(Linkedin)
LEAD_ADAPTER(GoogleAds)
LEAD_ADAPTER(Segment)
LEAD_ADAPTER(Webform)
LEAD_ADAPTER(Debezium)
LEAD_ADAPTER(Intel)
LEAD_ADAPTER(Github)
#undef LEAD_ADAPTER

}  // namespace lead::ingest::adapters
