// SPDX-License-Identifier: Apache-2.0
#include "ingest/vendors.h"

#include "ingest/vendors_impl.h"

namespace lead::ingest {

const std::vector<Vendor>& Vendors() {
  using namespace adapters;
  // Detection order: most specific shapes first.
  static const std::vector<Vendor> kVendors = {
      {"hubspot", "webhook", "HubSpot webhooks (v3 JSON arrays of subscription events)",
       HubspotDetect, HubspotDescribe, true},
      {"salesforce", "cdc", "Salesforce Change Data Capture and platform events (CometD or bare)",
       SalesforceDetect, SalesforceDescribe, false},
      {"dynamics", "webhook", "Microsoft Dynamics 365 / Dataverse webhook (RemoteExecutionContext)",
       DynamicsDetect, DynamicsDescribe, false},
      {"zendesk", "webhook", "Zendesk event webhooks and Amazon EventBridge ticket events",
       ZendeskDetect, ZendeskDescribe, false},
      {"pipedrive", "webhook", "Pipedrive webhooks v1 (current/previous/meta) and v2 (data/meta)",
       PipedriveDetect, PipedriveDescribe, false},
      {"facebook_leads", "webhook", "Meta Lead Ads leadgen webhooks and retrieved leads",
       FacebookDetect, FacebookDescribe, false},
      {"linkedin_leads", "webhook", "LinkedIn Lead Gen Forms lead notifications", LinkedinDetect,
       LinkedinDescribe, false},
      {"google_ads", "webhook", "Google Ads lead form webhooks", GoogleAdsDetect,
       GoogleAdsDescribe, false},
      {"intercom", "webhook", "Intercom notification_event webhooks", IntercomDetect,
       IntercomDescribe, false},
      {"drift", "webhook", "Drift webhooks (orgId/type/data)", DriftDetect, DriftDescribe, false},
      {"segment", "webhook", "Segment spec calls (track, identify, page, group...)", SegmentDetect,
       SegmentDescribe, true},
      {"debezium", "cdc", "Debezium change events (op c/u/d/r), with or without schema",
       DebeziumDetect, DebeziumDescribe, false},
      {"stripe", "webhook", "Stripe events", StripeDetect, StripeDescribe, false},
      {"intel", "feed", "competitive-intel feed items (competitor, signal, region...)", IntelDetect,
       IntelDescribe, true},
      {"github", "webhook", "GitHub webhooks (and similar generic signed webhooks)", GithubDetect,
       GithubDescribe, false},
      {"webform", "form", "a site's own form posts (needs --source webform)", WebformDetect,
       WebformDescribe, true},
  };
  return kVendors;
}

const Vendor* FindVendor(std::string_view name) {
  for (const auto& v : Vendors())
    if (v.name == name) return &v;
  return nullptr;
}

const Vendor* DetectVendor(simdjson::dom::object payload) {
  for (const auto& v : Vendors())
    if (v.detect(payload)) return &v;
  return nullptr;
}

std::string VendorList() {
  std::string s;
  for (const auto& v : Vendors()) {
    if (!s.empty()) s += ", ";
    s += v.name;
  }
  return s;
}

const Vendor* VendorFromHeaders(const std::vector<std::pair<std::string, std::string>>& headers) {
  for (const auto& [name, value] : headers) {
    if (name.rfind("x-hubspot-", 0) == 0) return FindVendor("hubspot");
    if (name == "x-github-event") return FindVendor("github");
    if (name == "stripe-signature") return FindVendor("stripe");
    if (name.rfind("x-zendesk-", 0) == 0) return FindVendor("zendesk");
    if (name.rfind("x-pipedrive-", 0) == 0) return FindVendor("pipedrive");
    if (name == "x-intercom-webhook-id") return FindVendor("intercom");
    if (name == "x-drift-signature") return FindVendor("drift");
    if (name == "user-agent" && value.rfind("Segment", 0) == 0) return FindVendor("segment");
  }
  return nullptr;
}

}  // namespace lead::ingest
