// SPDX-License-Identifier: Apache-2.0
#include "stream/splice.h"

#include <catch2/catch.hpp>

#include "stream/record_parser.h"

namespace {
std::string Splice(const std::string& line, const char* key, const char* value) {
  lead::stream::RecordParser p;
  simdjson::dom::element e;
  lead::stream::ParseError err;
  REQUIRE(p.ParseCopy(line, &e, &err));
  std::string out;
  lead::stream::SpliceMember(out, line, e.get_object().value_unsafe(), key, value);
  return out;
}
}  // namespace

TEST_CASE("SpliceMember appends a new section without touching other bytes", "[stream]") {
  CHECK(Splice(R"({"b":1.50,"a" : "x"})", "score", R"({"value":42})") ==
        "{\"b\":1.50,\"a\" : \"x\",\"score\":{\"value\":42}}\n");
  CHECK(Splice("{}", "s", "1") == "{\"s\":1}\n");
  CHECK(Splice("{ }", "s", "1") == "{ \"s\":1}\n");
}

TEST_CASE("SpliceMember replaces an existing section in place", "[stream]") {
  CHECK(Splice(R"({"score":{"value":1,"r":["}"]},"z":2})", "score", R"({"value":9})") ==
        "{\"score\":{\"value\":9},\"z\":2}\n");
  CHECK(Splice(R"({"a":"score","score":7})", "score", "8") == "{\"a\":\"score\",\"score\":8}\n");
  // A key written with an escape is the same key.
  CHECK(Splice(R"({"sc\u006fre":1})", "score", "2") == "{\"sc\\u006fre\":2}\n");
}

TEST_CASE("RemoveMember drops one member and its comma", "[stream]") {
  lead::stream::RecordParser p;
  simdjson::dom::element e;
  lead::stream::ParseError err;
  for (auto [in, want] : std::vector<std::pair<std::string, std::string>>{
           {R"({"a":1,"b":2,"c":3})", "{\"a\":1,\"c\":3}\n"},
           {R"({"a":1,"b":2})", "{\"a\":1}\n"},
           {R"({"b":2})", "{}\n"},
           {R"({"a":1})", "{\"a\":1}\n"}}) {
    REQUIRE(p.ParseCopy(in, &e, &err));
    std::string out;
    lead::stream::RemoveMember(out, in, e.get_object().value_unsafe(), "b");
    CHECK(out == want);
  }
}
