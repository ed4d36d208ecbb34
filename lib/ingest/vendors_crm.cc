// SPDX-License-Identifier: Apache-2.0
// Adapters for CRM and support systems: HubSpot, Salesforce (CDC and
// platform events), Dynamics 365, Zendesk, Pipedrive, Intercom, Drift, Stripe.
#include "ingest/vendors_impl.h"

#include <fmt/format.h>

namespace lead::ingest::adapters {
using namespace vu;

// ---- HubSpot webhooks v3 (and older eventType-style payloads) ----------------
bool HubspotDetect(object p) {
  return (Has(p, {"subscriptionType"}) || Has(p, {"eventType"})) && Has(p, {"occurredAt"}) &&
         (Has(p, {"portalId"}) || Has(p, {"objectId"}));
}

bool HubspotDescribe(object p, EventInfo* info, DescribeError* err) {
  std::string type;
  if (Has(p, {"subscriptionType"})) {
    if (!RequireId(p, {"subscriptionType"}, "subscriptionType", &type, err)) return false;
  } else if (!RequireId(p, {"eventType"}, "subscriptionType", &type, err)) {
    return false;
  }
  info->event = type;
  info->object = type.substr(0, type.find('.'));
  std::string object_id;
  if (!RequireId(p, {"objectId"}, "objectId", &object_id, err)) return false;
  if (!RequireTime(p, {"occurredAt"}, "occurredAt", info, err)) return false;
  if (!OptionalId(p, {"portalId"}, "portalId", &info->instance, err)) return false;
  std::string event_id;
  if (!OptionalId(p, {"eventId"}, "eventId", &event_id, err)) return false;
  if (!event_id.empty())
    info->vendor_id = info->instance.empty() ? event_id : info->instance + ":" + event_id;
  if (auto a = At(p, {"attemptNumber"})) {
    int64_t n;
    if (a->get_int64().get(n) != simdjson::SUCCESS || n < 0)
      return WrongType(err, "attemptNumber", "a non-negative integer");
    info->delivery_attempt = n + 1;  // HubSpot counts from 0
  }
  return true;
}

// ---- Salesforce: Change Data Capture and platform events ---------------------
// Delivered over CometD ({"data":{...},"channel":..}) or as the bare event.
namespace {
object SalesforceEvent(object p) {
  if (auto d = ObjectAt(p, {"data"}); d && Has(p, {"channel"})) return *d;
  return p;
}
}  // namespace

bool SalesforceDetect(object p) {
  object e = SalesforceEvent(p);
  if (Has(e, {"payload", "ChangeEventHeader"}) || Has(e, {"ChangeEventHeader"})) return true;
  return Has(e, {"event", "replayId"}) && Has(e, {"payload"}) && Has(e, {"schema"});
}

bool SalesforceDescribe(object p, EventInfo* info, DescribeError* err) {
  object e = SalesforceEvent(p);
  auto header = ObjectAt(e, {"payload", "ChangeEventHeader"});
  if (!header) header = ObjectAt(e, {"ChangeEventHeader"});
  if (header) {
    info->kind = "cdc";
    if (!RequireId(*header, {"entityName"}, "ChangeEventHeader.entityName", &info->object, err))
      return false;
    if (!RequireId(*header, {"changeType"}, "ChangeEventHeader.changeType", &info->event, err))
      return false;
    if (!Has(*header, {"recordIds"})) return Missing(err, "salesforce", "ChangeEventHeader.recordIds");
    auto ids = At(*header, {"recordIds"});
    if (!ids->is_array()) return WrongType(err, "ChangeEventHeader.recordIds", "an array");
    if (!RequireTime(*header, {"commitTimestamp"}, "ChangeEventHeader.commitTimestamp", info, err))
      return false;
    std::string tx, seq;
    if (!OptionalId(*header, {"transactionKey"}, "ChangeEventHeader.transactionKey", &tx, err))
      return false;
    if (!OptionalId(*header, {"sequenceNumber"}, "ChangeEventHeader.sequenceNumber", &seq, err))
      return false;
    if (!tx.empty()) info->vendor_id = tx + ":" + (seq.empty() ? "0" : seq);
    return true;
  }
  info->kind = "platform_event";
  auto payload = ObjectAt(e, {"payload"});
  if (!payload) return WrongType(err, "payload", "an object");
  if (auto channel = StringAt(p, {"channel"})) {
    std::string_view c = *channel;
    info->object = std::string(c.substr(c.rfind('/') + 1));
  } else {
    info->object = "platform_event";
  }
  info->event = "published";
  std::string uuid, replay;
  if (!OptionalId(e, {"event", "EventUuid"}, "event.EventUuid", &uuid, err)) return false;
  if (!OptionalId(e, {"event", "replayId"}, "event.replayId", &replay, err)) return false;
  if (!uuid.empty()) info->vendor_id = uuid;
  else if (!replay.empty()) info->vendor_id = info->object + ":" + replay;
  return ReadTime(*payload, {"CreatedDate"}, "payload.CreatedDate", info, err);
}

// ---- Microsoft Dynamics 365 (Dataverse) webhook: RemoteExecutionContext -------
bool DynamicsDetect(object p) { return Has(p, {"MessageName"}) && Has(p, {"PrimaryEntityName"}); }

bool DynamicsDescribe(object p, EventInfo* info, DescribeError* err) {
  if (!RequireId(p, {"MessageName"}, "MessageName", &info->event, err)) return false;
  if (!RequireId(p, {"PrimaryEntityName"}, "PrimaryEntityName", &info->object, err)) return false;
  std::string op, req, corr, entity;
  if (!OptionalId(p, {"OperationId"}, "OperationId", &op, err)) return false;
  if (!OptionalId(p, {"RequestId"}, "RequestId", &req, err)) return false;
  if (!OptionalId(p, {"CorrelationId"}, "CorrelationId", &corr, err)) return false;
  if (!OptionalId(p, {"PrimaryEntityId"}, "PrimaryEntityId", &entity, err)) return false;
  const std::string kNil = "00000000-0000-0000-0000-000000000000";
  if (!op.empty() && op != kNil) info->vendor_id = op;
  else if (!req.empty() && req != kNil) info->vendor_id = req;
  else if (!corr.empty()) info->vendor_id = corr + ":" + entity + ":" + info->event;
  if (!OptionalId(p, {"OrganizationName"}, "OrganizationName", &info->instance, err)) return false;
  if (info->instance.empty() &&
      !OptionalId(p, {"OrganizationId"}, "OrganizationId", &info->instance, err))
    return false;
  return ReadTime(p, {"OperationCreatedOn"}, "OperationCreatedOn", info, err);
}

// ---- Zendesk: event-subscription webhooks and Amazon EventBridge events -------
bool ZendeskDetect(object p) {
  if (auto t = StringAt(p, {"type"}); t && t->substr(0, 15) == "zen:event-type:") return true;
  auto src = StringAt(p, {"source"});
  return src && src->find("zendesk.com") != std::string_view::npos && Has(p, {"detail-type"});
}

bool ZendeskDescribe(object p, EventInfo* info, DescribeError* err) {
  if (!RequireId(p, {"id"}, "id", &info->vendor_id, err)) return false;
  if (Has(p, {"detail-type"})) {
    info->kind = "eventbridge";
    if (!RequireId(p, {"detail-type"}, "detail-type", &info->event, err)) return false;
    if (auto src = StringAt(p, {"source"})) {
      // aws.partner/zendesk.com/<account>/<name>
      std::string_view s = *src;
      size_t a = s.find("zendesk.com/");
      if (a != std::string_view::npos) {
        s = s.substr(a + 12);
        info->instance = std::string(s.substr(0, s.find('/')));
      }
    }
    if (auto detail = ObjectAt(p, {"detail"})) {
      for (auto field : *detail) {
        std::string_view k = field.key;
        if (k.size() > 6 && k.substr(k.size() - 6) == "_event") {
          info->object = std::string(k.substr(0, k.size() - 6));
          if (auto ev = ObjectAt(*detail, {k})) {
            if (!ReadTime(*ev, {"meta", "occurred_at"}, "detail.*.meta.occurred_at", info, err))
              return false;
          }
          break;
        }
      }
    }
    return ReadTime(p, {"time"}, "time", info, err);
  }
  std::string type;
  if (!RequireId(p, {"type"}, "type", &type, err)) return false;
  info->event = type.substr(15);  // after "zen:event-type:"
  info->object = info->event.substr(0, info->event.find('.'));
  if (!OptionalId(p, {"account_id"}, "account_id", &info->instance, err)) return false;
  return RequireTime(p, {"time"}, "time", info, err);
}

// ---- Pipedrive webhooks v1 (current/previous/meta) and v2 (data/previous/meta)
bool PipedriveDetect(object p) {
  auto meta = ObjectAt(p, {"meta"});
  return meta && Has(*meta, {"action"}) && (Has(*meta, {"object"}) || Has(*meta, {"entity"})) &&
         (Has(p, {"current"}) || Has(p, {"data"}) || Has(p, {"previous"}));
}

bool PipedriveDescribe(object p, EventInfo* info, DescribeError* err) {
  auto meta = ObjectAt(p, {"meta"});
  if (!meta) return Missing(err, "pipedrive", "meta");
  if (!RequireId(*meta, {"action"}, "meta.action", &info->event, err)) return false;
  if (Has(*meta, {"entity"})) {
    if (!RequireId(*meta, {"entity"}, "meta.entity", &info->object, err)) return false;
  } else if (!RequireId(*meta, {"object"}, "meta.object", &info->object, err)) {
    return false;
  }
  info->event = info->object + "." + info->event;
  if (!OptionalId(*meta, {"company_id"}, "meta.company_id", &info->instance, err)) return false;
  std::string version;
  (void)OptionalId(*meta, {"version"}, "meta.version", &version, err);
  if (version.rfind("2", 0) == 0) {
    if (!OptionalId(*meta, {"id"}, "meta.id", &info->vendor_id, err)) return false;
  } else {
    // v1 has no delivery id: object id + change time identify the change.
    std::string id, ts;
    if (!OptionalId(*meta, {"id"}, "meta.id", &id, err)) return false;
    if (!OptionalId(*meta, {"timestamp_micro"}, "meta.timestamp_micro", &ts, err)) return false;
    if (!id.empty() && !ts.empty()) info->vendor_id = info->event + ":" + id + ":" + ts;
  }
  if (auto a = At(*meta, {"attempt"})) {
    int64_t n;
    if (a->get_int64().get(n) == simdjson::SUCCESS && n >= 1) info->delivery_attempt = n;
  } else if (auto r = At(p, {"retry"})) {
    int64_t n;
    if (r->get_int64().get(n) == simdjson::SUCCESS && n >= 0) info->delivery_attempt = n + 1;
  }
  return ReadTime(*meta, {"timestamp"}, "meta.timestamp", info, err);
}

// ---- Intercom notification_event ---------------------------------------------
bool IntercomDetect(object p) {
  auto t = StringAt(p, {"type"});
  return t && *t == "notification_event";
}

bool IntercomDescribe(object p, EventInfo* info, DescribeError* err) {
  if (!RequireId(p, {"id"}, "id", &info->vendor_id, err)) return false;
  if (!RequireId(p, {"topic"}, "topic", &info->event, err)) return false;
  info->object = info->event.substr(0, info->event.find('.'));
  if (!OptionalId(p, {"app_id"}, "app_id", &info->instance, err)) return false;
  if (auto a = At(p, {"delivery_attempts"})) {
    int64_t n;
    if (a->get_int64().get(n) == simdjson::SUCCESS && n >= 1) info->delivery_attempt = n;
  }
  return RequireTime(p, {"created_at"}, "created_at", info, err);
}

// ---- Drift webhooks ----------------------------------------------------------
bool DriftDetect(object p) { return Has(p, {"orgId"}) && Has(p, {"type"}) && Has(p, {"data"}); }

bool DriftDescribe(object p, EventInfo* info, DescribeError* err) {
  if (!RequireId(p, {"type"}, "type", &info->event, err)) return false;
  if (!OptionalId(p, {"orgId"}, "orgId", &info->instance, err)) return false;
  const std::string& t = info->event;
  info->object = t.find("contact") != std::string::npos       ? "contact"
                 : t.find("conversation") != std::string::npos ? "conversation"
                 : t.find("message") != std::string::npos      ? "message"
                                                                : "event";
  std::string id;
  if (!OptionalId(p, {"data", "id"}, "data.id", &id, err)) return false;
  if (!id.empty()) info->vendor_id = t + ":" + id;
  if (!ReadTime(p, {"data", "createdAt"}, "data.createdAt", info, err)) return false;
  return ReadTime(p, {"timestamp"}, "timestamp", info, err);
}

// ---- Stripe events -----------------------------------------------------------
bool StripeDetect(object p) {
  auto o = StringAt(p, {"object"});
  auto id = StringAt(p, {"id"});
  return o && *o == "event" && id && id->substr(0, 4) == "evt_";
}

bool StripeDescribe(object p, EventInfo* info, DescribeError* err) {
  if (!RequireId(p, {"id"}, "id", &info->vendor_id, err)) return false;
  if (!RequireId(p, {"type"}, "type", &info->event, err)) return false;
  if (!OptionalId(p, {"data", "object", "object"}, "data.object.object", &info->object, err))
    return false;
  if (!OptionalId(p, {"account"}, "account", &info->instance, err)) return false;
  return RequireTime(p, {"created"}, "created", info, err);
}

}  // namespace lead::ingest::adapters
