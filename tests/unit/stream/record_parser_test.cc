// SPDX-License-Identifier: Apache-2.0
#include "stream/record_parser.h"

#include <catch2/catch.hpp>

using lead::stream::ParseError;
using lead::stream::RecordParser;

TEST_CASE("RecordParser rejects each kind of bad line with its own code", "[stream]") {
  struct Case {
    std::string line;
    const char* code;
  };
  const Case cases[] = {
      {"{\"a\":1", "invalid_json"},
      {"{\"a\":1}}", "invalid_json"},
      {"{\"a\":1} trailing", "invalid_json"},
      {"{a:1}", "invalid_json"},
      {"{\"a\":'x'}", "invalid_json"},
      {"{\"a\":\"\xff\"}", "invalid_utf8"},
      {"{\"a\":\"\xc3\x28\"}", "invalid_utf8"},
      {std::string("{\"a\":\"x\0y\"}", 11), "nul_byte"},
      {"[1,2,3]", "not_object"},
      {"\"just a string\"", "not_object"},
      {"42", "not_object"},
      {"null", "not_object"},
      {"{\"a\":1,\"a\":2}", "duplicate_key"},
      {"{\"o\":{\"k\":1,\"k\":1}}", "duplicate_key"},
      {"{\"arr\":[{\"k\":1,\"k\":2}]}", "duplicate_key"},
      {"{\"a\":123456789012345678901234567890}", "number_out_of_range"},
      {"{\"a\":1e400}", "number_out_of_range"},
      {"{\"a\":-9223372036854775809}", "number_out_of_range"},
      {std::string(100000, '[') + std::string(100000, ']'), "too_deep"},
      {"{\"a\":\"\\ud800\"}", "invalid_json"},
      {"{\"a\":\"tab\there\"}", "invalid_json"},
  };
  RecordParser p;
  for (const auto& c : cases) {
    INFO(c.line.substr(0, 60));
    simdjson::dom::element e;
    ParseError err;
    CHECK_FALSE(p.ParseCopy(c.line, &e, &err));
    CHECK(err.code == c.code);
    CHECK_FALSE(err.message.empty());
  }
}

TEST_CASE("RecordParser accepts valid objects, including edge values", "[stream]") {
  RecordParser p;
  for (const char* ok : {"{}", "{\"a\":18446744073709551615}", "{\"a\":-9223372036854775808}",
                         "{\"a\":1.5e300,\"b\":[],\"c\":{}}", "{\"\\u00e9\":\"\\ud83d\\ude00\"}",
                         "  {\"a\" : 1 }  ", "{\"a\":{\"x\":1},\"b\":{\"x\":1}}"}) {
    INFO(ok);
    simdjson::dom::element e;
    ParseError err;
    CHECK(p.ParseCopy(ok, &e, &err));
  }
  // Large objects use the sorted duplicate check.
  std::string big = "{";
  for (int i = 0; i < 200; ++i) big += (i ? "," : "") + std::string("\"k") + std::to_string(i) + "\":1";
  simdjson::dom::element e;
  ParseError err;
  CHECK(p.ParseCopy(big + "}", &e, &err));
  CHECK_FALSE(p.ParseCopy(big + ",\"k7\":2}", &e, &err));
  CHECK(err.code == "duplicate_key");
}
