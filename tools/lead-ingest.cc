// SPDX-License-Identifier: Apache-2.0
// lead-ingest: vendor payloads -> envelopes. All logic is in lib/ingest.
#include "cli/app.h"
#include "ingest/ingest.h"
#include "ingest/vendors.h"

int main(int argc, char** argv) {
  using namespace lead;
  const std::string kTool = "lead-ingest";
  auto app = cli::MakeApp(
      {kTool, "Turn vendor payloads (webhook dumps, JSON arrays, HTTP captures, CSV exports, "
              "Debezium CDC) into leadpipe envelopes, one NDJSON line per vendor event.",
       "  lead-ingest --source hubspot hubspot-dump.json | lead-normalize\n"
       "  lead-ingest --format csv --source salesforce --object lead leads.csv\n"
       "  kcat -C -b kafka:9092 -t dbz.public.customers -e | lead-ingest --format debezium"});
  cli::CommonOptions common;
  ingest::IngestOptions opt;
  std::string format = "auto", delimiter;
  app->add_option("--source", opt.source,
                  "Vendor that sent the payloads [default: recognised by shape]: " +
                      ingest::VendorList())
      ->type_name("NAME");
  app->add_option("--format", format, "Input format: auto, ndjson, json, http, csv, debezium")
      ->type_name("FORMAT")
      ->capture_default_str();
  app->add_option("--delimiter", delimiter, "CSV delimiter [default: sniffed from the header]")
      ->type_name("CHAR");
  app->add_option("--id-column", opt.id_column, "CSV column holding the record id")
      ->type_name("NAME");
  app->add_option("--time-column", opt.time_column, "CSV column holding the event time")
      ->type_name("NAME");
  app->add_option("--object", opt.object, "What a CSV row is (lead, contact, account...)")
      ->type_name("NAME");
  app->add_option("files", opt.inputs, "Input files [default: stdin]")->type_name("FILE...");
  cli::AddCommonOptions(*app, &common);
  if (auto code = cli::Parse(*app, argc, argv)) return *code;

  return cli::RunMain(kTool, [&]() -> Status {
    LEAD_ASSIGN_OR_RETURN(opt.format, ingest::ParseFormat(format));
    if (delimiter == "\\t" || delimiter == "tab") delimiter = "\t";
    if (delimiter.size() > 1) return Status::Usage("--delimiter must be one character");
    if (!delimiter.empty()) opt.delimiter = delimiter[0];
    LEAD_RETURN_IF_ERROR(ingest::CheckOptions(opt));
    LEAD_ASSIGN_OR_RETURN(auto io, cli::OpenStreamIo(kTool, common));
    Status run = ingest::RunIngest(opt, io);
    return io.Finish(run);
  });
}
