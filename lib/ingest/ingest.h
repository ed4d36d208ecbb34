// SPDX-License-Identifier: Apache-2.0
// lead-ingest's run: vendor payloads in (NDJSON, JSON documents or arrays,
// raw HTTP request dumps, CSV exports, Debezium change streams), one envelope
// per vendor event out (see ingest/envelope.h). The format is sniffed from
// the first bytes unless given; the vendor is recognised from the payload's
// shape (or HTTP headers) unless --source names it.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "stream/io.h"

namespace lead::ingest {

enum class Format { kAuto, kNdjson, kJson, kHttp, kCsv, kDebezium };

struct IngestOptions {
  std::string source;                // --source: vendor name; "" = recognise by shape
  Format format = Format::kAuto;     // --format
  std::vector<std::string> inputs;   // files; empty = stdin
  // CSV only:
  char delimiter = 0;                // --delimiter; 0 = sniff from the header
  std::string id_column;             // --id-column; "" = first of Id, ID, id, ...
  std::string time_column;           // --time-column; "" = first of LastModifiedDate, ...
  std::string object;                // --object: what a row is (lead, contact...)
};

Result<Format> ParseFormat(const std::string& name);
const char* FormatName(Format f);
// Chooses a format from a file name and the first bytes of the input.
Format SniffFormat(std::string_view prefix, std::string_view filename);

// Validates options (unknown --source is a usage error naming the choices).
Status CheckOptions(const IngestOptions& options);
Status RunIngest(const IngestOptions& options, stream::StreamIo& io);

}  // namespace lead::ingest
