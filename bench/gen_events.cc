// SPDX-License-Identifier: Apache-2.0
// bench-gen_events: a deterministic generator of realistic ~800-byte lead
// events for benchmarks. Same --seed, same bytes.
//   --shape raw        web-form lead captures as a site posts them (input of
//                      lead-ingest --source webform)
//   --shape canonical  canonical events (lead-normalize output shape) for
//                      benchmarking later stages in isolation
// Usage: bench-gen_events [--count N] [--seed S] [--shape raw|canonical]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "core/time.h"
#include "json/write.h"

namespace {

const char* kFirst[] = {"Ana", "Bob", "Chen", "Dmitri", "Eve", "Fatima", "Göran", "Hiro",
                        "Isabel", "José", "Kwame", "Lena", "María", "Noah", "Olga", "Priya"};
const char* kLast[] = {"Smith", "Müller", "García", "O'Neil", "Nakamura", "Kowalski", "Dubois",
                       "Silva", "Okafor", "Jensen", "Rossi", "Novak"};
const char* kCompany[] = {"Acme Corp", "Globex Inc.", "Initech LLC", "Umbrella GmbH",
                          "Stark Industries", "Wayne Enterprises", "Hooli", "Vandelay Industries",
                          "Soylent Corp", "Tyrell Corporation", "Cyberdyne Systems", "Massive Dynamic"};
const char* kRegion[] = {"NA", "EMEA", "APAC", "LATAM"};
const char* kCountry[] = {"US", "DE", "JP", "BR", "GB", "FR", "IN", "CA"};
const char* kProduct[] = {"core", "analytics", "edge", "security"};
const char* kSegment[] = {"enterprise", "mid_market", "smb"};
const char* kType[] = {"lead.created", "missed_lead", "opportunity.stage_changed", "lead.updated"};
const char* kCompetitor[] = {"Initrode", "Contoso", "Northwind"};

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto& c : s) if (c == ' ' || c == '.' || c == '\'') c = '-';
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long count = 100000;
  unsigned seed = 42;
  std::string shape = "raw";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--count" && i + 1 < argc) count = std::atol(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = static_cast<unsigned>(std::atol(argv[++i]));
    else if (a == "--shape" && i + 1 < argc) shape = argv[++i];
    else {
      std::fprintf(stderr, "usage: bench-gen_events [--count N] [--seed S] [--shape raw|canonical]\n");
      return 64;
    }
  }
  std::mt19937_64 rng(seed);
  auto pick = [&](auto& arr) { return arr[rng() % (sizeof(arr) / sizeof(arr[0]))]; };
  auto uni = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<uint64_t>(hi - lo + 1)); };
  const lead::TimeMs base = 1793000000000;  // 2026-10-26
  std::string out;
  out.reserve(1 << 20);
  for (long n = 0; n < count; ++n) {
    std::string first = pick(kFirst), last = pick(kLast), company = pick(kCompany);
    std::string domain = Lower(company.substr(0, company.find(' '))) + ".com";
    lead::TimeMs t = base + static_cast<lead::TimeMs>(n) * 1000 + uni(0, 999);
    int account = uni(1, 20000);
    char phone[32];
    std::snprintf(phone, sizeof phone, "+1 (415) 555-%04d", uni(0, 9999));
    bool competitor = uni(0, 3) == 0;
    lead::json::Writer w(out);
    if (shape == "raw") {
      w.BeginObject();
      w.Key("submission_id").String("sub_" + std::to_string(seed) + "_" + std::to_string(n));
      w.Key("form_id").String("demo-request-" + std::to_string(uni(1, 5)));
      w.Key("submitted_at").Time(t);
      w.Key("page_url").String("https://www." + domain + "/pricing?utm_source=google&utm_medium=cpc");
      w.Key("fields").BeginObject();
      w.Key("first_name").String(first).Key("last_name").String(last);
      w.Key("email").String(" " + Lower(first) + "." + Lower(last) + "@" + domain + " ");
      w.Key("phone").String(phone);
      w.Key("company").String(company);
      w.Key("job_title").String(uni(0, 1) ? "VP Sales" : "Head of Revenue Operations");
      w.Key("country").String(pick(kCountry));
      w.Key("employees").String(std::to_string(uni(10, 20000)));
      w.Key("message").String(competitor ? "We are evaluating Contoso as well; need pricing before Q4."
                                         : "Interested in a demo of the analytics add-on for our team.");
      w.EndObject();
      w.Key("utm").BeginObject().Key("source").String("google").Key("campaign").String("q4-brand")
          .EndObject();
      w.Key("consent").BeginObject().Key("email").Bool(true).Key("sms").Bool(uni(0, 1) == 1).EndObject();
      w.Key("account_hint").String("A" + std::to_string(account));
      w.Key("client").BeginObject();
      w.Key("user_agent").String("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/537.36 "
                                 "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36");
      w.Key("ip").String("203.0.113." + std::to_string(uni(1, 254)));
      w.Key("referrer").String("https://www.google.com/");
      w.EndObject();
      w.EndObject();
    } else {
      int days = uni(0, 60);
      w.BeginObject();
      w.Key("schema_version").Int(1);
      w.Key("event_id").String("webform:sub_" + std::to_string(seed) + "_" + std::to_string(n));
      w.Key("idempotency_key").String("webform:sub_" + std::to_string(seed) + "_" + std::to_string(n));
      w.Key("event_type").String(pick(kType));
      w.Key("occurred_at").Time(t);
      w.Key("received_at").Time(t + 850);
      w.Key("latency_ms").Int(850);
      w.Key("source").BeginObject().Key("system").String("webform").Key("kind").String("form")
          .Key("instance").String("demo-request").EndObject();
      w.Key("severity").String("medium");
      w.Key("attributes").BeginObject();
      w.Key("lead_id").String("L" + std::to_string(uni(1, 9999999)));
      w.Key("account_id").String("A" + std::to_string(account));
      w.Key("product_line").String(pick(kProduct));
      w.Key("region").String(pick(kRegion));
      w.Key("country").String(pick(kCountry));
      w.Key("segment").String(pick(kSegment));
      w.Key("estimated_arr").Int(uni(1000, 500000));
      w.Key("competitive_pressure").Double(uni(0, 1000) / 1000.0);
      w.EndObject();
      w.Key("contact").BeginObject();
      w.Key("email").String(Lower(first) + "." + Lower(last) + "@" + domain);
      w.Key("email_domain").String(domain);
      w.Key("phone").String("+1415555" + std::to_string(1000 + uni(0, 8999)));
      w.Key("name").String(first + " " + last);
      w.Key("title").String("VP Sales");
      w.EndObject();
      w.Key("account").BeginObject().Key("name").String(company).Key("domain").String(domain)
          .Key("employees").Int(uni(10, 20000)).EndObject();
      w.Key("engagement").BeginObject();
      w.Key("days_since_last_contact").Int(days);
      w.Key("emails_opened").Int(uni(0, 30));
      w.Key("web_visits").Int(uni(0, 100));
      w.Key("competitor_mentioned").Bool(competitor);
      if (competitor) w.Key("competitors").BeginArray().String(pick(kCompetitor)).EndArray();
      w.Key("text").String("Prospect asked about pricing and timeline for a Q4 rollout.");
      w.EndObject();
      w.Key("context_url").String("https://crm.example.com/leads/" + std::to_string(n));
      w.EndObject();
    }
    out.push_back('\n');
    if (out.size() > (1 << 20) - 4096) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
