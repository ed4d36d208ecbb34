// SPDX-License-Identifier: Apache-2.0
#include <simdjson.h>

#include <catch2/catch.hpp>

#include "json/path.h"
#include "json/scan.h"
#include "json/write.h"

TEST_CASE("json::Writer escapes and places commas", "[json]") {
  std::string out;
  lead::json::Writer w(out);
  w.BeginObject().Key("a").String("q\"\\\n\x01").Key("b").BeginArray().Int(1).Double(2.5).Null()
      .EndArray().Key("c").BeginObject().EndObject().Key("d").Bool(false).EndObject();
  CHECK(out == R"({"a":"q\"\\\n\u0001","b":[1,2.5,null],"c":{},"d":false})");
  std::string bad;
  CHECK_FALSE(lead::json::AppendStringLossy(bad, "a\xff" "b"));
  CHECK(bad == "\"a\xEF\xBF\xBD" "b\"");
  std::string nan;
  lead::json::AppendDouble(nan, 0.0 / 0.0);
  CHECK(nan == "null");
}

TEST_CASE("json::Path finds nested fields and array elements", "[json]") {
  simdjson::dom::parser p;
  auto doc = p.parse(std::string(R"({"a":{"b":[{"c":7}],"x.y":"dot"},"n":18446744073709551615})"));
  simdjson::dom::element root = doc.value();
  auto path = lead::json::Path::Parse("a.b.0.c");
  REQUIRE(path.ok());
  auto v = path->Find(root);
  REQUIRE(v);
  CHECK(lead::json::AsDouble(*v) == 7.0);
  auto dotted = lead::json::Path::Parse("a[\"x.y\"]");
  REQUIRE(dotted.ok());
  REQUIRE(dotted->Find(root));
  CHECK(*lead::json::AsStringView(*dotted->Find(root)) == "dot");
  CHECK_FALSE(lead::json::Path::Parse("a.b.5.c")->Find(root));
  CHECK(lead::json::AsText(*lead::json::Path::Parse("n")->Find(root)) ==
        std::string("18446744073709551615"));  // above 2^53, exact
  CHECK_FALSE(lead::json::Path::Parse("a..b").ok());
  CHECK_FALSE(lead::json::Path::Parse("").ok());
}

TEST_CASE("json scanning splits arrays and minifies without touching tokens", "[json]") {
  std::vector<std::string_view> parts;
  REQUIRE(lead::json::SplitArray(R"( [ {"a":"]"} , 1.50e3, "x\"y", [1,[2]] ] )", &parts));
  REQUIRE(parts.size() == 4);
  CHECK(parts[0] == R"({"a":"]"})");
  CHECK(parts[1] == "1.50e3");
  CHECK(parts[2] == R"("x\"y")");
  CHECK(parts[3] == "[1,[2]]");
  std::string m;
  lead::json::MinifyTo(m, "{ \"a b\" : [ 1.50 , true ] ,\n \"c\":\"\\\\\" }");
  CHECK(m == R"({"a b":[1.50,true],"c":"\\"})");
  CHECK(lead::json::HasInsignificantSpace("{\"a\": 1}"));
  CHECK_FALSE(lead::json::HasInsignificantSpace("{\"a b\":1}"));
}
