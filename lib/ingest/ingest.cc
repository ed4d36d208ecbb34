// SPDX-License-Identifier: Apache-2.0
#include "ingest/ingest.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>

#include "core/csv.h"
#include "core/hash.h"
#include "ingest/envelope.h"
#include "ingest/http_request.h"
#include "ingest/vendors.h"
#include "json/scan.h"
#include "json/write.h"
#include "stream/record_parser.h"
#include "stream/runner.h"
#include "stream/signals.h"

namespace lead::ingest {
namespace {

using RejectFn = std::function<void(std::string_view code, std::string_view message,
                                    std::string_view input, uint64_t line)>;
using DropFn = std::function<void(std::string_view reason)>;

// Everything known about where a payload came from.
struct Context {
  Provenance prov;
  const Vendor* hint = nullptr;       // from HTTP headers
  std::string_view delivery_id;       // from HTTP headers
  std::string_view idempotency_key;   // Idempotency-Key header
  int64_t attempt = 0;                // from HTTP headers; 0 = unknown
  bool tombstones = false;            // null records are Kafka tombstones
};

// Turns parsed payloads into envelopes; shared by every input format.
class Ingester {
 public:
  Ingester(const IngestOptions& o, stream::StreamIo& io)
      : forced_(o.source.empty() ? nullptr : FindVendor(o.source)), io_(io) {}

  // Processes one parsed value whose JSON text is `text`. Returns the number
  // of envelopes appended to the output.
  size_t Value(simdjson::dom::element v, std::string_view text, const Context& ctx,
               const RejectFn& reject, const DropFn& drop) {
    using simdjson::dom::element_type;
    switch (v.type()) {
      case element_type::OBJECT:
        return Object(v.get_object().value_unsafe(), text, ctx, reject) ? 1 : 0;
      case element_type::ARRAY:
        return Batch(v.get_array().value_unsafe(), text, ctx, reject, drop);
      case element_type::NULL_VALUE:
        if (ctx.tombstones) {
          drop("tombstone");
          return 0;
        }
        [[fallthrough]];
      default:
        reject("not_object", "expected a JSON object (or a batch array of objects), got a scalar",
               text, ctx.prov.line);
        return 0;
    }
  }

 private:
  size_t Batch(simdjson::dom::array arr, std::string_view text, const Context& ctx,
               const RejectFn& reject, const DropFn& drop) {
    if (arr.size() == 0) {
      drop("empty_batch");
      return 0;
    }
    std::vector<std::string_view> parts;
    json::SplitArray(text, &parts);
    size_t n = 0, i = 0;
    uint64_t line = ctx.prov.line;
    size_t counted_to = 0;
    for (auto el : arr) {
      std::string_view part = i < parts.size() ? parts[i] : std::string_view();
      size_t off = static_cast<size_t>(part.data() - text.data());
      if (off > counted_to && off <= text.size()) {
        line += static_cast<uint64_t>(std::count(text.begin() + static_cast<ptrdiff_t>(counted_to),
                                                 text.begin() + static_cast<ptrdiff_t>(off), '\n'));
        counted_to = off;
      }
      Context c = ctx;
      c.prov.index = static_cast<int64_t>(i);
      c.prov.line = line;
      c.delivery_id = {};  // one delivery, many events: the id is not per event
      if (!el.is_object()) {
        reject("not_object", "batch elements must be JSON objects", part, line);
      } else if (Object(el.get_object().value_unsafe(), part, c, reject)) {
        ++n;
      }
      ++i;
    }
    return n;
  }

  bool Object(simdjson::dom::object o, std::string_view text, const Context& ctx,
              const RejectFn& reject) {
    const Vendor* v = forced_ ? forced_ : ctx.hint ? ctx.hint : DetectVendor(o);
    if (v == nullptr) {
      reject("unknown_source",
             "cannot tell which system sent this payload; pass --source (one of: " + VendorList() +
                 ")",
             text, ctx.prov.line);
      return false;
    }
    EventInfo info;
    info.system = std::string(v->name);
    info.kind = std::string(v->kind);
    DescribeError err;
    if (!v->describe(o, &info, &err)) {
      reject(err.code, std::string(v->name) + ": " + err.message, text, ctx.prov.line);
      return false;
    }
    if (info.vendor_id.empty() && !ctx.delivery_id.empty()) info.vendor_id = ctx.delivery_id;
    if (!ctx.idempotency_key.empty() && ctx.prov.index < 0)
      info.idempotency_key = info.system + ":" + std::string(ctx.idempotency_key);
    if (ctx.attempt > 0) info.delivery_attempt = ctx.attempt;
    std::string_view payload = text;
    if (json::HasInsignificantSpace(text)) {
      minified_.clear();
      json::MinifyTo(minified_, text);
      payload = minified_;
    }
    AppendEnvelope(io_.out->buffer(), info, payload, text, ctx.prov, io_.clock->Now(), sha_);
    return true;
  }

  const Vendor* forced_;
  stream::StreamIo& io_;
  Sha256 sha_;
  std::string minified_;
};

// ---- NDJSON (and Debezium streams) through the shared stream loop ------------
class NdjsonHandler final : public stream::Handler {
 public:
  NdjsonHandler(Ingester& ing, std::string_view format, bool tombstones)
      : ing_(ing), format_(format), tombstones_(tombstones) {}

  void Handle(const stream::Record& rec, stream::Emitter& emit) override {
    Context ctx;
    ctx.prov.format = format_;
    ctx.prov.file = rec.file;
    ctx.prov.line = rec.line_no;
    ctx.tombstones = tombstones_;
    size_t n = ing_.Value(
        rec.value, rec.line, ctx,
        [&](std::string_view code, std::string_view msg, std::string_view input, uint64_t) {
          emit.RejectPart(code, msg, input);
        },
        [&](std::string_view reason) { emit.Drop(reason); });
    if (n > 0) emit.Emitted(n);
  }

 private:
  Ingester& ing_;
  std::string_view format_;
  bool tombstones_;
};

// Reads what is left of fd after prefix. For whole-document formats.
Result<std::string> ReadAll(int fd, const std::string& name, std::string_view prefix) {
  std::string all(prefix);
  char buf[1 << 16];
  for (;;) {
    ssize_t r = ::read(fd, buf, sizeof buf);
    if (r > 0) {
      all.append(buf, static_cast<size_t>(r));
      continue;
    }
    if (r == 0) break;
    if (errno == EINTR) {
      if (stream::StopRequested()) break;
      continue;
    }
    return Status::Io("read " + name + ": " + std::strerror(errno));
  }
  return all;
}

// Counts lines while walking forward through a text.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  uint64_t LineAt(size_t offset) {
    offset = std::min(offset, text_.size());
    line_ += static_cast<uint64_t>(std::count(text_.begin() + static_cast<ptrdiff_t>(pos_),
                                              text_.begin() + static_cast<ptrdiff_t>(offset), '\n'));
    pos_ = offset;
    return line_;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint64_t line_ = 1;
};

class Runner {
 public:
  Runner(const IngestOptions& o, stream::StreamIo& io) : o_(o), io_(io), ing_(o, io) {
    parser_.set_require_object(false);
  }

  Status Run() {
    std::vector<std::string> inputs = o_.inputs;
    if (inputs.empty()) inputs.push_back("-");
    for (const auto& in : inputs) {
      if (stream::StopRequested() || io_.out->broken_pipe()) break;
      int fd = 0;
      if (in != "-") {
        fd = ::open(in.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return Status::NoInput(in + ": " + std::strerror(errno));
      }
      Status s = One(fd, in == "-" ? "<stdin>" : in, in == "-" ? "" : in);
      if (fd != 0) ::close(fd);
      LEAD_RETURN_IF_ERROR(s);
    }
    if (loop_) return loop_->Finish();
    return Checkpoint();
  }

 private:
  Status Checkpoint() {
    Status s = io_.out->Flush();
    (void)io_.rejects->Flush();
    if (io_.out->broken_pipe()) return Status::Ok();
    return s;
  }

  Status MaybeFlush() {
    if (io_.out->buffer().size() >= stream::Output::kHighWater) return Checkpoint();
    return Status::Ok();
  }

  // Reads up to the first newline after some content (or 64 KiB, or EOF).
  Result<std::string> ReadPrefix(int fd, const std::string& name) {
    std::string p;
    char buf[4096];
    while (p.size() < (size_t{64} << 10)) {
      ssize_t r = ::read(fd, buf, sizeof buf);
      if (r == 0) break;
      if (r < 0) {
        if (errno == EINTR && !stream::StopRequested()) continue;
        if (errno == EINTR) break;
        return Status::Io("read " + name + ": " + std::strerror(errno));
      }
      p.append(buf, static_cast<size_t>(r));
      size_t first = p.find_first_not_of(" \t\r\n");
      if (first != std::string::npos && p.find('\n', first) != std::string::npos) break;
    }
    return p;
  }

  Status One(int fd, const std::string& name, const std::string& label) {
    LEAD_ASSIGN_OR_RETURN(std::string prefix, ReadPrefix(fd, name));
    Format f = o_.format;
    bool tombstones = o_.source == "debezium" || f == Format::kDebezium;
    if (f == Format::kAuto || f == Format::kDebezium) {
      Format sniffed = SniffFormat(prefix, label);
      f = (f == Format::kDebezium && sniffed == Format::kCsv) ? Format::kNdjson : sniffed;
    }
    file_label_ = label;
    switch (f) {
      case Format::kNdjson:
      case Format::kDebezium: {
        if (!loop_) {
          stream::RunOptions ro;
          ro.require_object = false;
          handler_ = std::make_unique<NdjsonHandler>(ing_, o_.format == Format::kDebezium ? "debezium" : "ndjson", tombstones);
          loop_ = std::make_unique<stream::NdjsonLoop>(io_, *handler_, ro);
        }
        return loop_->Feed(fd, name, file_label_, prefix);
      }
      case Format::kJson: {
        LEAD_ASSIGN_OR_RETURN(std::string all, ReadAll(fd, name, prefix));
        return JsonDocuments(all, tombstones);
      }
      case Format::kHttp: {
        LEAD_ASSIGN_OR_RETURN(std::string all, ReadAll(fd, name, prefix));
        return HttpDump(all);
      }
      case Format::kCsv:
        return Csv(fd, name, prefix);
      case Format::kAuto:
        break;
    }
    return Status::Internal("no format");
  }

  RejectFn Rejecter() {
    return [this](std::string_view code, std::string_view msg, std::string_view input,
                  uint64_t line) {
      stream::RejectInfo r;
      r.code = code;
      r.message = msg;
      r.input = input;
      r.line = line;
      r.file = file_label_;
      io_.rejects->Reject(r);
    };
  }
  DropFn Dropper() {
    return [this](std::string_view reason) { io_.stats.Drop(reason); };
  }

  // Parses text (not padded) as one JSON value and hands it to the ingester.
  void ParseAndIngest(std::string_view text, Context& ctx) {
    simdjson::dom::element v;
    stream::ParseError err;
    if (!parser_.ParseCopy(text, &v, &err)) {
      Rejecter()(err.code, err.message, text, ctx.prov.line);
      return;
    }
    size_t n = ing_.Value(v, text, ctx, Rejecter(), Dropper());
    io_.stats.records_out += n;
  }

  Status JsonDocuments(std::string_view all, bool tombstones) {
    LineCounter lines(all);
    size_t i = 0;
    if (all.size() >= 3 && std::memcmp(all.data(), "\xEF\xBB\xBF", 3) == 0) i = 3;
    for (;;) {
      i = json::SkipSpace(all, i);
      if (i >= all.size()) break;
      size_t end = json::SkipValue(all, i);
      if (end == i) end = i + 1;
      std::string_view doc = all.substr(i, end - i);
      ++io_.stats.records_in;
      io_.stats.bytes_in += doc.size();
      Context ctx;
      ctx.prov.format = "json";
      ctx.prov.file = file_label_;
      ctx.prov.line = lines.LineAt(i);
      ctx.tombstones = tombstones;
      ParseAndIngest(doc, ctx);
      LEAD_RETURN_IF_ERROR(MaybeFlush());
      i = end;
    }
    io_.stats.lines += lines.LineAt(all.size());
    return Checkpoint();
  }

  Status HttpDump(std::string_view all) {
    size_t pos = 0;
    uint64_t line = 0;
    for (;;) {
      HttpRequest req;
      std::string error;
      size_t before = pos;
      bool ok = ParseNextRequest(all, &pos, &line, &req, &error);
      if (!ok && pos >= all.size() && error.empty()) break;
      if (!ok && pos == before && error.empty()) break;
      ++io_.stats.records_in;
      io_.stats.bytes_in += req.raw.size();
      if (!ok) {
        Rejecter()("invalid_http", error, req.raw, req.line);
        continue;
      }
      Delivery(req);
      LEAD_RETURN_IF_ERROR(MaybeFlush());
    }
    io_.stats.lines += line;
    return Checkpoint();
  }

  void Delivery(const HttpRequest& req) {
    std::string http_json = HttpProvenanceJson(req);
    std::string delivery_id = DeliveryIdFromHeaders(req);
    Context ctx;
    ctx.prov.format = "http";
    ctx.prov.file = file_label_;
    ctx.prov.line = req.line;
    ctx.prov.http_json = http_json;
    ctx.hint = VendorFromHeaders(req.headers);
    ctx.delivery_id = delivery_id;
    ctx.idempotency_key = req.Header("idempotency-key");
    for (std::string_view h : {"x-delivery-attempt", "x-retry-count", "x-hubspot-retry-count"}) {
      std::string_view v = req.Header(h);
      if (!v.empty() && v.size() < 6 && v.find_first_not_of("0123456789") == std::string_view::npos)
        ctx.attempt = std::stoll(std::string(v)) + (h == "x-delivery-attempt" ? 0 : 1);
    }
    std::string_view body = req.body;
    std::string_view trimmed = body.substr(std::min(body.size(), json::SkipSpace(body, 0)));
    std::string media = req.MediaType();
    if (trimmed.empty()) {
      Rejecter()("empty_body", req.method + " " + req.target + " has no body (no event to ingest)",
                 req.raw, req.line);
      return;
    }
    bool is_json = media == "application/json" || media.ends_with("+json") ||
                   (media.empty() && (trimmed[0] == '{' || trimmed[0] == '['));
    if (is_json) {
      ParseDelivery(body, ctx);
      return;
    }
    if (media == "application/x-www-form-urlencoded") {
      std::string form;
      if (!FormToJson(body, &form)) {
        Rejecter()("invalid_form", "body is not valid application/x-www-form-urlencoded UTF-8",
                   req.raw, req.line);
        return;
      }
      // Senders that post JSON as a form field (payload=<json>) mean the JSON.
      simdjson::dom::parser p;
      simdjson::dom::element v;
      std::string_view inner;
      if (p.parse(form).get(v) == simdjson::SUCCESS && v.get_object().value_unsafe().size() == 1 &&
          v["payload"].get(inner) == simdjson::SUCCESS) {
        std::string_view t = inner.substr(std::min(inner.size(), json::SkipSpace(inner, 0)));
        if (!t.empty() && (t[0] == '{' || t[0] == '[')) {
          std::string copy(inner);
          ParseDelivery(copy, ctx);
          return;
        }
      }
      ParseDelivery(form, ctx);
      return;
    }
    Rejecter()("unsupported_media_type",
               "Content-Type '" + media + "' is not JSON or form-urlencoded", req.raw, req.line);
  }

  void ParseDelivery(std::string_view text, Context& ctx) {
    simdjson::dom::element v;
    stream::ParseError err;
    if (!parser_.ParseCopy(text, &v, &err)) {
      Rejecter()(err.code, err.message, text, ctx.prov.line);
      return;
    }
    io_.stats.records_out += ing_.Value(v, text, ctx, Rejecter(), Dropper());
  }

  Status Csv(int fd, const std::string& name, std::string_view prefix) {
    char delim = o_.delimiter;
    if (delim == 0) {
      std::string_view first = prefix.substr(0, prefix.find('\n'));
      delim = CsvReader::SniffDelimiter(first);
    }
    CsvReader reader(delim);
    std::vector<std::string> header;
    int id_col = -1, time_col = -1;
    bool time_explicit = !o_.time_column.empty();
    std::string payload;
    Sha256 sha;
    std::string object = o_.object.empty() ? "row" : o_.object;
    std::string system = o_.source.empty() ? "csv" : o_.source;
    uint64_t last_line = 0;
    Status status;
    CsvReader::RecordFn on_record = [&](const std::vector<std::string>& fields, uint64_t first,
                                        uint64_t last, std::string_view raw) {
      last_line = last;
      if (header.empty()) {
        Header(fields, &header, &id_col, &time_col);
        if (header.empty()) header.push_back("column_1");
        if (!o_.id_column.empty() && id_col < 0)
          status = Status::Usage("--id-column '" + o_.id_column + "' is not in the CSV header");
        if (time_explicit && time_col < 0)
          status = Status::Usage("--time-column '" + o_.time_column + "' is not in the CSV header");
        return;
      }
      ++io_.stats.records_in;
      io_.stats.bytes_in += raw.size() + 1;
      stream::RejectInfo r;
      r.line = first;
      r.file = file_label_;
      r.input = raw;
      for (const auto& f : fields) {
        if (!json::IsValidUtf8(f)) {
          r.code = "invalid_utf8";
          r.message = "a CSV field is not valid UTF-8";
          io_.rejects->Reject(r);
          return;
        }
      }
      payload.clear();
      json::Writer w(payload);
      w.BeginObject();
      for (size_t k = 0; k < fields.size(); ++k) {
        if (k < header.size()) {
          if (header[k].empty()) {
            if (fields[k].empty()) continue;  // trailing-delimiter column
            w.Key("column_" + std::to_string(k + 1));
          } else {
            w.Key(header[k]);
          }
        } else {
          if (fields[k].empty()) continue;
          w.Key("column_" + std::to_string(k + 1));
        }
        w.String(fields[k]);
      }
      w.EndObject();
      EventInfo info;
      info.system = system;
      info.kind = "export";
      info.object = object;
      info.event = "export.row";
      if (id_col >= 0 && static_cast<size_t>(id_col) < fields.size() && !fields[id_col].empty())
        info.vendor_id = object + ":" + fields[id_col];
      if (time_col >= 0 && static_cast<size_t>(time_col) < fields.size() &&
          !fields[time_col].empty()) {
        auto t = ParseTime(fields[time_col]);
        if (t) {
          info.occurred_at = t;
          info.occurred_at_from = header[time_col];
        } else if (time_explicit) {
          r.code = "wrong_type";
          std::string msg = "column '" + header[time_col] + "' is not a timestamp: '" +
                            fields[time_col] + "'";
          r.message = msg;
          io_.rejects->Reject(r);
          return;
        }
      }
      Provenance prov;
      prov.format = "csv";
      prov.file = file_label_;
      prov.line = first;
      AppendEnvelope(io_.out->buffer(), info, payload, payload, prov, io_.clock->Now(), sha);
      ++io_.stats.records_out;
    };
    reader.Feed(prefix, on_record);
    char buf[1 << 16];
    for (;;) {
      if (!status.ok()) return status;
      LEAD_RETURN_IF_ERROR(MaybeFlush());
      struct pollfd p = {fd, POLLIN, 0};
      if (::poll(&p, 1, 0) == 0) LEAD_RETURN_IF_ERROR(Checkpoint());
      ssize_t r = ::read(fd, buf, sizeof buf);
      if (r == 0) break;
      if (r < 0) {
        if (errno == EINTR && !stream::StopRequested()) continue;
        if (errno == EINTR) break;
        return Status::Io("read " + name + ": " + std::strerror(errno));
      }
      reader.Feed(std::string_view(buf, static_cast<size_t>(r)), on_record);
    }
    reader.Finish(on_record);
    io_.stats.lines += last_line;
    if (!status.ok()) return status;
    return Checkpoint();
  }

  void Header(const std::vector<std::string>& fields, std::vector<std::string>* header,
              int* id_col, int* time_col) {
    static const char* kIdNames[] = {"id", "record id", "event_id", "prospect id", "lead id",
                                     "lead number", "rec_id", "unique_id", "contact id"};
    static const char* kTimeNames[] = {"lastmodifieddate", "last modified date", "updated_at",
                                       "modified_at", "createddate", "created date", "created_at",
                                       "timestamp", "occurred_at", "date"};
    auto lower = [](std::string s) {
      for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return s;
    };
    header->clear();
    for (size_t k = 0; k < fields.size(); ++k) {
      std::string h = fields[k];
      if (k == 0 && h.rfind("\xEF\xBB\xBF", 0) == 0) h.erase(0, 3);
      // Make duplicate names unique so no value is lost.
      std::string name = h;
      int dup = 2;
      while (!name.empty() && std::find(header->begin(), header->end(), name) != header->end())
        name = h + "_" + std::to_string(dup++);
      header->push_back(name);
    }
    auto find = [&](const std::string& wanted, const char* const* names, size_t n) {
      for (size_t k = 0; k < header->size(); ++k) {
        std::string h = lower((*header)[k]);
        if (!wanted.empty()) {
          if ((*header)[k] == wanted) return static_cast<int>(k);
          continue;
        }
        for (size_t j = 0; j < n; ++j)
          if (h == names[j]) return static_cast<int>(k);
      }
      return -1;
    };
    *id_col = find(o_.id_column, kIdNames, std::size(kIdNames));
    *time_col = find(o_.time_column, kTimeNames, std::size(kTimeNames));
  }

  const IngestOptions& o_;
  stream::StreamIo& io_;
  Ingester ing_;
  stream::RecordParser parser_;
  std::unique_ptr<NdjsonHandler> handler_;
  std::unique_ptr<stream::NdjsonLoop> loop_;
  std::string file_label_;
};

}  // namespace

Result<Format> ParseFormat(const std::string& name) {
  if (name == "auto") return Format::kAuto;
  if (name == "ndjson" || name == "jsonl") return Format::kNdjson;
  if (name == "json") return Format::kJson;
  if (name == "http") return Format::kHttp;
  if (name == "csv") return Format::kCsv;
  if (name == "debezium") return Format::kDebezium;
  return Status::Usage("--format: unknown format '" + name +
                       "' (choose auto, ndjson, json, http, csv, debezium)");
}

const char* FormatName(Format f) {
  switch (f) {
    case Format::kAuto: return "auto";
    case Format::kNdjson: return "ndjson";
    case Format::kJson: return "json";
    case Format::kHttp: return "http";
    case Format::kCsv: return "csv";
    case Format::kDebezium: return "debezium";
  }
  return "auto";
}

Format SniffFormat(std::string_view prefix, std::string_view filename) {
  auto ends = [&](std::string_view ext) {
    return filename.size() > ext.size() && filename.substr(filename.size() - ext.size()) == ext;
  };
  if (ends(".csv") || ends(".tsv")) return Format::kCsv;
  if (ends(".ndjson") || ends(".jsonl")) return Format::kNdjson;
  if (ends(".http") || ends(".req")) return Format::kHttp;
  std::string_view p = prefix;
  if (p.size() >= 3 && p.substr(0, 3) == "\xEF\xBB\xBF") p.remove_prefix(3);
  p.remove_prefix(std::min(p.size(), json::SkipSpace(p, 0)));
  for (std::string_view m : {"GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS "})
    if (p.substr(0, m.size()) == m) return Format::kHttp;
  if (p.empty()) return Format::kNdjson;
  if (p[0] == '{' || p[0] == '[' || p.substr(0, 4) == "null") {
    size_t nl = p.find('\n');
    if (nl == std::string_view::npos) {
      // One line so far: a complete value is NDJSON (or a one-line document,
      // which NDJSON reads the same way).
      return Format::kNdjson;
    }
    std::string_view first = p.substr(0, nl);
    simdjson::dom::parser parser;
    simdjson::dom::element e;
    return parser.parse(simdjson::padded_string(first)).get(e) == simdjson::SUCCESS ? Format::kNdjson
                                                                                   : Format::kJson;
  }
  return Format::kCsv;
}

Status CheckOptions(const IngestOptions& o) {
  if (!o.source.empty() && FindVendor(o.source) == nullptr && o.format != Format::kCsv)
    return Status::Usage("--source: unknown source '" + o.source + "' (choose " + VendorList() +
                         "; any name is accepted with --format csv)");
  return Status::Ok();
}

Status RunIngest(const IngestOptions& options, stream::StreamIo& io) {
  LEAD_RETURN_IF_ERROR(CheckOptions(options));
  Runner r(options, io);
  return r.Run();
}

}  // namespace lead::ingest
