// SPDX-License-Identifier: Apache-2.0
// Adapters for lead capture, marketing and data sources: Facebook Lead Ads,
// LinkedIn Lead Gen Forms, Google Ads lead forms, Segment, generic web forms,
// Debezium CDC, the competitive-intel feed and GitHub-style generic webhooks.
#include "ingest/vendors_impl.h"

#include <fmt/format.h>

namespace lead::ingest::adapters {
using namespace vu;

// ---- Facebook (Meta) Lead Ads: leadgen webhook and lead retrieval ------------
bool FacebookDetect(object p) {
  auto o = StringAt(p, {"object"});
  if (o && *o == "page" && Has(p, {"entry"})) return true;
  auto fd = At(p, {"field_data"});
  return fd && fd->is_array();
}

bool FacebookDescribe(object p, EventInfo* info, DescribeError* err) {
  if (auto fd = At(p, {"field_data"})) {
    // A lead fetched from the Graph API (GET /<LEAD_ID>).
    if (!fd->is_array()) return WrongType(err, "field_data", "an array");
    info->kind = "api";
    info->object = "lead";
    info->event = "lead.retrieved";
    if (!RequireId(p, {"id"}, "id", &info->vendor_id, err)) return false;
    if (!OptionalId(p, {"form_id"}, "form_id", &info->instance, err)) return false;
    return ReadTime(p, {"created_time"}, "created_time", info, err);
  }
  info->object = "lead";
  info->event = "leadgen";
  auto entries = At(p, {"entry"});
  simdjson::dom::array arr;
  if (!entries || entries->get_array().get(arr) != simdjson::SUCCESS)
    return WrongType(err, "entry", "an array");
  if (arr.size() == 0) return Missing(err, "facebook_leads", "entry[0]");
  size_t changes = 0;
  std::string lead_id;
  for (auto entry : arr) {
    object eo;
    if (entry.get_object().get(eo) != simdjson::SUCCESS) return WrongType(err, "entry[]", "objects");
    if (info->instance.empty() && !OptionalId(eo, {"id"}, "entry[].id", &info->instance, err))
      return false;
    if (!ReadTime(eo, {"time"}, "entry[].time", info, err)) return false;
    auto ch = At(eo, {"changes"});
    simdjson::dom::array carr;
    if (!ch || ch->get_array().get(carr) != simdjson::SUCCESS)
      return WrongType(err, "entry[].changes", "an array");
    for (auto c : carr) {
      object co;
      if (c.get_object().get(co) != simdjson::SUCCESS)
        return WrongType(err, "entry[].changes[]", "objects");
      ++changes;
      if (!OptionalId(co, {"value", "leadgen_id"}, "changes[].value.leadgen_id", &lead_id, err))
        return false;
    }
  }
  // One lead per delivery: its id identifies the event; batches hash.
  if (changes == 1 && !lead_id.empty()) info->vendor_id = lead_id;
  // created_time of the first change is the lead's time.
  if (auto first = At(p, {"entry"})) {
    simdjson::dom::array a = first->get_array().value_unsafe();
    object eo = (*a.begin()).get_object().value_unsafe();
    if (auto ch = At(eo, {"changes"})) {
      simdjson::dom::array carr = ch->get_array().value_unsafe();
      if (carr.size() > 0) {
        object co = (*carr.begin()).get_object().value_unsafe();
        info->occurred_at.reset();
        if (!ReadTime(co, {"value", "created_time"}, "changes[0].value.created_time", info, err))
          return false;
        if (!info->occurred_at) return ReadTime(eo, {"time"}, "entry[0].time", info, err);
      }
    }
  }
  return true;
}

// ---- LinkedIn Lead Gen Forms: lead notification webhook ------------------------
bool LinkedinDetect(object p) {
  return Has(p, {"leadGenFormResponse"}) || (Has(p, {"leadAction"}) && Has(p, {"leadType"}));
}

bool LinkedinDescribe(object p, EventInfo* info, DescribeError* err) {
  info->object = "lead";
  if (!RequireId(p, {"leadGenFormResponse"}, "leadGenFormResponse", &info->vendor_id, err))
    return false;
  if (!OptionalId(p, {"leadAction"}, "leadAction", &info->event, err)) return false;
  if (info->event.empty()) info->event = "CREATED";
  if (!OptionalId(p, {"owner", "sponsoredAccount"}, "owner.sponsoredAccount", &info->instance, err))
    return false;
  if (info->instance.empty() &&
      !OptionalId(p, {"owner", "organization"}, "owner.organization", &info->instance, err))
    return false;
  return RequireTime(p, {"occurredAt"}, "occurredAt", info, err);
}

// ---- Google Ads lead form extension webhook ------------------------------------
bool GoogleAdsDetect(object p) {
  return Has(p, {"google_key"}) || (Has(p, {"lead_id"}) && Has(p, {"user_column_data"}));
}

bool GoogleAdsDescribe(object p, EventInfo* info, DescribeError* err) {
  info->object = "lead";
  info->event = "lead_form.submitted";
  if (!RequireId(p, {"lead_id"}, "lead_id", &info->vendor_id, err)) return false;
  if (auto u = At(p, {"user_column_data"}); u && !u->is_array())
    return WrongType(err, "user_column_data", "an array");
  if (!OptionalId(p, {"campaign_id"}, "campaign_id", &info->instance, err)) return false;
  // The payload has no submission time; occurred_at falls back to received_at.
  return ReadTime(p, {"lead_submit_time"}, "lead_submit_time", info, err);
}

// ---- Segment spec calls (track, identify, page, screen, group, alias) ---------
bool SegmentDetect(object p) {
  auto t = StringAt(p, {"type"});
  if (!t || !Has(p, {"messageId"})) return false;
  return *t == "track" || *t == "identify" || *t == "page" || *t == "screen" || *t == "group" ||
         *t == "alias";
}

bool SegmentDescribe(object p, EventInfo* info, DescribeError* err) {
  if (!RequireId(p, {"messageId"}, "messageId", &info->vendor_id, err)) return false;
  std::string type;
  if (!RequireId(p, {"type"}, "type", &type, err)) return false;
  info->event = type;
  if (type == "track") {
    std::string name;
    if (!OptionalId(p, {"event"}, "event", &name, err)) return false;
    if (!name.empty()) info->event = "track:" + name;
  }
  info->object = type == "group" ? "account" : "user";
  if (!OptionalId(p, {"projectId"}, "projectId", &info->instance, err)) return false;
  if (!ReadTime(p, {"timestamp"}, "timestamp", info, err)) return false;
  if (!ReadTime(p, {"originalTimestamp"}, "originalTimestamp", info, err)) return false;
  if (!ReadTime(p, {"receivedAt"}, "receivedAt", info, err)) return false;
  if (!info->occurred_at) return Missing(err, "segment", "timestamp");
  return true;
}

// ---- Generic web forms (a site's own form endpoint) ------------------------------
bool WebformDetect(object) { return false; }  // shape is the site's own: needs --source

bool WebformDescribe(object p, EventInfo* info, DescribeError* err) {
  info->object = "form";
  info->event = "form.submitted";
  for (std::string_view k : {"submission_id", "id", "lead_id"}) {
    if (!OptionalId(p, {k}, k, &info->vendor_id, err)) return false;
    if (!info->vendor_id.empty()) break;
  }
  for (std::string_view k : {"form_id", "form"}) {
    auto e = At(p, {k});
    if (e && (e->is_string() || e->is_int64())) {
      if (!OptionalId(p, {k}, k, &info->instance, err)) return false;
      break;
    }
  }
  for (std::string_view k : {"submitted_at", "created_at", "timestamp", "time", "occurred_at"}) {
    if (!ReadTime(p, {k}, k, info, err)) return false;
  }
  return true;
}

// ---- Debezium change events (with or without the Kafka-Connect schema) ---------
namespace {
object DebeziumPayload(object p) {
  if (auto inner = ObjectAt(p, {"payload"}); inner && Has(p, {"schema"})) return *inner;
  return p;
}
}  // namespace

bool DebeziumDetect(object p) {
  object e = DebeziumPayload(p);
  auto op = StringAt(e, {"op"});
  return op && op->size() == 1 && Has(e, {"source", "connector"});
}

bool DebeziumDescribe(object p, EventInfo* info, DescribeError* err) {
  object e = DebeziumPayload(p);
  std::string op;
  if (!RequireId(e, {"op"}, "op", &op, err)) return false;
  if (op != "c" && op != "u" && op != "d" && op != "r" && op != "t" && op != "m") {
    err->code = "wrong_type";
    err->message = fmt::format("field 'op' must be one of c, u, d, r, t, m (got '{}')", op);
    return false;
  }
  info->event = op;
  auto src = ObjectAt(e, {"source"});
  if (!src) return Missing(err, "debezium", "source");
  if (!OptionalId(*src, {"table"}, "source.table", &info->object, err)) return false;
  if (info->object.empty() &&
      !OptionalId(*src, {"collection"}, "source.collection", &info->object, err))
    return false;
  std::string name, db, lsn, file, pos, row;
  if (!OptionalId(*src, {"name"}, "source.name", &name, err)) return false;
  if (!OptionalId(*src, {"db"}, "source.db", &db, err)) return false;
  info->instance = db.empty() ? name : name + "/" + db;
  // A change is identified by its log position (and the table and op, since
  // one transaction position can carry several rows/ops).
  (void)OptionalId(*src, {"lsn"}, "source.lsn", &lsn, err);
  (void)OptionalId(*src, {"file"}, "source.file", &file, err);
  (void)OptionalId(*src, {"pos"}, "source.pos", &pos, err);
  (void)OptionalId(*src, {"row"}, "source.row", &row, err);
  if (!lsn.empty()) info->vendor_id = fmt::format("{}:{}:lsn{}:{}", info->instance, info->object, lsn, op);
  else if (!file.empty() && !pos.empty())
    info->vendor_id = fmt::format("{}:{}:{}:{}:{}:{}", info->instance, info->object, file, pos,
                                  row.empty() ? "0" : row, op);
  if (op == "r") info->vendor_id.clear();  // snapshot reads repeat positions: hash
  if (!RequireTime(*src, {"ts_ms"}, "source.ts_ms", info, err)) return false;
  return true;
}

// ---- Competitive-intel feed items (leadpipe's documented feed shape) ----------
bool IntelDetect(object p) {
  return Has(p, {"competitor"}) && (Has(p, {"signal"}) || Has(p, {"kind"}));
}

bool IntelDescribe(object p, EventInfo* info, DescribeError* err) {
  info->object = "intel";
  std::string competitor;
  if (!RequireId(p, {"competitor"}, "competitor", &competitor, err)) return false;
  if (!OptionalId(p, {"signal"}, "signal", &info->event, err)) return false;
  if (info->event.empty() && !OptionalId(p, {"kind"}, "kind", &info->event, err)) return false;
  if (info->event.empty()) return Missing(err, "intel", "signal");
  if (!OptionalId(p, {"id"}, "id", &info->vendor_id, err)) return false;
  if (!OptionalId(p, {"feed"}, "feed", &info->instance, err)) return false;
  for (std::string_view k : {"published_at", "observed_at", "occurred_at", "date"}) {
    if (!ReadTime(p, {k}, k, info, err)) return false;
  }
  return true;
}

// ---- GitHub and other generic signed webhooks --------------------------------------
bool GithubDetect(object p) {
  return Has(p, {"sender", "login"}) && (Has(p, {"repository"}) || Has(p, {"organization"}));
}

bool GithubDescribe(object p, EventInfo* info, DescribeError* err) {
  std::string action;
  if (!OptionalId(p, {"action"}, "action", &action, err)) return false;
  for (std::string_view k : {"issue", "pull_request", "repository", "organization"}) {
    if (Has(p, {k})) {
      info->object = std::string(k);
      break;
    }
  }
  info->event = action.empty() ? info->object : info->object + "." + action;
  if (!OptionalId(p, {"repository", "full_name"}, "repository.full_name", &info->instance, err))
    return false;
  return ReadTime(p, {info->object, "updated_at"}, info->object + ".updated_at", info, err);
}

}  // namespace lead::ingest::adapters
