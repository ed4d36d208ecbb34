// SPDX-License-Identifier: Apache-2.0
#include "stream/runner.h"

#include <catch2/catch.hpp>

#include "cli/app.h"
#include "stream/splice.h"
#include "test_util.h"

namespace {
// Tags each record, drops records with "drop", rejects records with "bad".
class TagHandler final : public lead::stream::Handler {
 public:
  int commits = 0;
  void Handle(const lead::stream::Record& rec, lead::stream::Emitter& emit) override {
    simdjson::dom::element ignored;
    if (rec.root.at_key("drop").get(ignored) == simdjson::SUCCESS) return emit.Drop("asked");
    if (rec.root.at_key("bad").get(ignored) == simdjson::SUCCESS)
      return emit.Reject("bad_record", "the record asked to be rejected");
    lead::stream::SpliceMember(emit.out(), rec.line, rec.root, "tag", "true");
    emit.Emitted();
  }
  lead::Status Commit() override {
    ++commits;
    return lead::Status::Ok();
  }
};
}  // namespace

TEST_CASE("Runner: lines in = out + drops + rejects, rejects carry the line", "[stream]") {
  lead::test::TempDir dir;
  std::string input =
      "{\"a\":1}\n"
      "not json\n"
      "\n"
      "{\"drop\":1}\n"
      "{\"bad\":1}\n"
      "[1]\n"
      "{\"b\":2,\"c\":[1,2]}\n";
  lead::test::WriteFile(dir.File("in"), input);
  lead::cli::CommonOptions o;
  o.output = dir.File("out");
  o.rejects = dir.File("rej");
  auto io = lead::cli::OpenStreamIo("lead-test", o);
  REQUIRE(io.ok());
  TagHandler h;
  lead::stream::RunOptions ro;
  ro.inputs = {dir.File("in")};
  REQUIRE(lead::stream::RunNdjson(*io, h, ro).ok());
  lead::stream::Stats stats = io->stats;
  REQUIRE(io->Finish(lead::Status::Ok()).ok());
  CHECK(lead::test::ReadFile(dir.File("out")) ==
        "{\"a\":1,\"tag\":true}\n{\"b\":2,\"c\":[1,2],\"tag\":true}\n");
  auto rejects = lead::test::Lines(lead::test::ReadFile(dir.File("rej")));
  REQUIRE(rejects.size() == 3);
  CHECK(rejects[0].find("\"code\":\"invalid_json\"") != std::string::npos);
  CHECK(rejects[0].find("\"input_line\":2") != std::string::npos);
  CHECK(rejects[0].find("\"input\":\"not json\"") != std::string::npos);
  CHECK(rejects[1].find("\"code\":\"bad_record\"") != std::string::npos);
  CHECK(rejects[1].find("\"input_line\":5") != std::string::npos);
  CHECK(rejects[2].find("\"code\":\"not_object\"") != std::string::npos);
  CHECK(stats.lines == 7);
  CHECK(stats.blank == 1);
  CHECK(stats.records_in == 6);
  CHECK(stats.records_out + stats.dropped + io->rejects->count() == stats.records_in);
  CHECK(h.commits >= 1);
}

TEST_CASE("Runner: --strict turns rejects into exit status 65", "[stream]") {
  lead::test::TempDir dir;
  lead::test::WriteFile(dir.File("in"), "{\"bad\":1}\n{\"a\":1}\n");
  lead::cli::CommonOptions o;
  o.output = dir.File("out");
  o.rejects = dir.File("rej");
  o.strict = true;
  auto io = lead::cli::OpenStreamIo("lead-test", o);
  REQUIRE(io.ok());
  TagHandler h;
  lead::stream::RunOptions ro;
  ro.inputs = {dir.File("in")};
  lead::Status s = io->Finish(lead::stream::RunNdjson(*io, h, ro));
  CHECK(s.code() == lead::Code::kData);
  CHECK(lead::ExitCodeFor(s) == 65);
  CHECK(lead::test::ReadFile(dir.File("out")) == "{\"a\":1,\"tag\":true}\n");
}

TEST_CASE("Runner: a missing input file is exit 66", "[stream]") {
  lead::cli::CommonOptions o;
  o.output = "/dev/null";
  auto io = lead::cli::OpenStreamIo("lead-test", o);
  TagHandler h;
  lead::stream::RunOptions ro;
  ro.inputs = {"/nonexistent/input.ndjson"};
  CHECK(lead::ExitCodeFor(lead::stream::RunNdjson(*io, h, ro)) == 66);
}
