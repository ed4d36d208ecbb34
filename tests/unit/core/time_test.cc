// SPDX-License-Identifier: Apache-2.0
#include "core/time.h"

#include <catch2/catch.hpp>

using lead::FormatTime;
using lead::ParseDurationMs;
using lead::ParseTime;

TEST_CASE("ParseTime accepts every vendor timestamp form", "[core][time]") {
  struct Case {
    const char* in;
    const char* want;
  };
  const Case cases[] = {
      {"2026-11-23T14:53:50Z", "2026-11-23T14:53:50.000Z"},
      {"2026-11-23T14:53:50.123Z", "2026-11-23T14:53:50.123Z"},
      {"2026-11-23T14:53:50.123456789Z", "2026-11-23T14:53:50.123Z"},  // Zendesk ns
      {"2026-11-23T14:53:50+02:00", "2026-11-23T12:53:50.000Z"},
      {"2015-02-28T08:49:14+0000", "2015-02-28T08:49:14.000Z"},  // Facebook / Salesforce
      {"2026-11-23T14:53:50.000-0500", "2026-11-23T19:53:50.000Z"},
      {"2026-11-23 14:53:50", "2026-11-23T14:53:50.000Z"},
      {"2026-11-23T14:53", "2026-11-23T14:53:00.000Z"},
      {"2026-11-23", "2026-11-23T00:00:00.000Z"},
      {"20261123", "2026-11-23T00:00:00.000Z"},
      {"20261123T145350Z", "2026-11-23T14:53:50.000Z"},
      {"1564113600000", "2019-07-26T04:00:00.000Z"},     // epoch ms (HubSpot)
      {"1533204620", "2018-08-02T10:10:20.000Z"},        // epoch s (Stripe)
      {"1465584025523514", "2016-06-10T18:40:25.523Z"},  // epoch us (Debezium ts_us)
      {"1465584025523514964", "2016-06-10T18:40:25.523Z"},  // epoch ns
      {"1700000000.5", "2023-11-14T22:13:20.500Z"},
      {"Mon, 23 Nov 2026 14:53:50 GMT", "2026-11-23T14:53:50.000Z"},
      {"Mon, 23 Nov 2026 14:53:50 +0100", "2026-11-23T13:53:50.000Z"},
      {"  2026-11-23T14:53:50Z ", "2026-11-23T14:53:50.000Z"},
      {"2024-02-29T23:59:60Z", "2024-02-29T23:59:59.000Z"},  // leap second clamps
  };
  for (const auto& c : cases) {
    INFO(c.in);
    auto t = ParseTime(c.in);
    REQUIRE(t.has_value());
    CHECK(FormatTime(*t) == c.want);
  }
}

TEST_CASE("ParseTime rejects what is not a time", "[core][time]") {
  for (const char* bad : {"", "yesterday", "2026-13-01", "2026-02-30", "2026-11-23T25:00:00Z",
                          "2026-11-23T14:53:50+25:00", "12:00", "2026-11-23Tfoo", "-5",
                          "0999-01-01T00:00:00Z", "2026-11-23T14:53:50Zjunk"}) {
    INFO(bad);
    CHECK_FALSE(ParseTime(bad).has_value());
  }
}

TEST_CASE("FormatTime round-trips and sorts lexically", "[core][time]") {
  for (lead::TimeMs t : {0LL, 1LL, 86399999LL, 951782400000LL, 1767225599999LL}) {
    auto back = ParseTime(FormatTime(t));
    REQUIRE(back);
    CHECK(*back == t);
  }
  CHECK(FormatTime(1000) < FormatTime(2000));
  CHECK(FormatTime(-1) == "1969-12-31T23:59:59.999Z");
}

TEST_CASE("ParseDurationMs", "[core][time]") {
  CHECK(ParseDurationMs("90s") == 90000);
  CHECK(ParseDurationMs("30m") == 1800000);
  CHECK(ParseDurationMs("2h") == 7200000);
  CHECK(ParseDurationMs("7d") == 604800000);
  CHECK(ParseDurationMs("1w") == 604800000);
  CHECK(ParseDurationMs("1h30m") == 5400000);
  CHECK(ParseDurationMs("500ms") == 500);
  CHECK(ParseDurationMs("45") == 45000);
  CHECK(ParseDurationMs("PT2H30M") == 9000000);
  CHECK(ParseDurationMs("P1D") == 86400000);
  CHECK_FALSE(ParseDurationMs("").has_value());
  CHECK_FALSE(ParseDurationMs("2 fortnights").has_value());
  CHECK_FALSE(ParseDurationMs("h").has_value());
  CHECK(lead::FormatDuration(5400000) == "1h30m");
  CHECK(lead::FormatDuration(0) == "0s");
}
