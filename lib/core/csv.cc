// SPDX-License-Identifier: Apache-2.0
#include "core/csv.h"

#include <csv.h>

#include <new>

namespace lead {
namespace {
void FieldCb(void* data, size_t len, void* self) {
  static_cast<CsvReader*>(self)->OnField(static_cast<const char*>(data), len);
}
void RecordCb(int, void* self) { static_cast<CsvReader*>(self)->OnRecordEnd(); }
}  // namespace

CsvReader::CsvReader(char delimiter) : parser_(new csv_parser) {
  if (csv_init(parser_, 0) != 0) {
    delete parser_;
    throw std::bad_alloc();
  }
  csv_set_delim(parser_, static_cast<unsigned char>(delimiter));
}

CsvReader::~CsvReader() {
  csv_free(parser_);
  delete parser_;
}

void CsvReader::OnField(const char* data, size_t len) {
  fields_.emplace_back(data == nullptr ? "" : std::string(data, len));
}

void CsvReader::OnRecordEnd() {
  uint64_t last = line_ + 1;  // the line being fed holds the terminator
  std::string_view raw = raw_;
  while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
  if (fn_ != nullptr && !fields_.empty()) (*fn_)(fields_, record_start_, last, raw);
  fields_.clear();
  raw_.clear();
  record_start_ = last + 1;
}

void CsvReader::FeedLine(std::string_view line) {
  // A blank line outside any record only moves the start line.
  bool blank = line == "\n" || line == "\r\n";
  if (blank && fields_.empty() && record_start_ == line_ + 1) {
    ++line_;
    record_start_ = line_ + 1;
    return;
  }
  raw_.append(line);
  csv_parse(parser_, line.data(), line.size(), FieldCb, RecordCb, this);
  if (!line.empty() && line.back() == '\n') ++line_;
}

void CsvReader::Feed(std::string_view data, const RecordFn& fn) {
  fn_ = &fn;
  size_t i = 0;
  while (i < data.size()) {
    size_t nl = data.find('\n', i);
    if (nl == std::string_view::npos) {
      pending_.append(data.substr(i));
      break;
    }
    if (!pending_.empty()) {
      pending_.append(data.substr(i, nl + 1 - i));
      FeedLine(pending_);
      pending_.clear();
    } else {
      FeedLine(data.substr(i, nl + 1 - i));
    }
    i = nl + 1;
  }
  fn_ = nullptr;
}

void CsvReader::Finish(const RecordFn& fn) {
  fn_ = &fn;
  if (!pending_.empty()) {
    raw_.append(pending_);
    csv_parse(parser_, pending_.data(), pending_.size(), FieldCb, RecordCb, this);
    pending_.clear();
  }
  csv_fini(parser_, FieldCb, RecordCb, this);
  fn_ = nullptr;
}

char CsvReader::SniffDelimiter(std::string_view header) {
  const char kCandidates[] = {',', ';', '\t', '|'};
  size_t counts[4] = {0, 0, 0, 0};
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (int k = 0; k < 4; ++k)
      if (c == kCandidates[k]) ++counts[k];
  }
  int best = 0;
  for (int k = 1; k < 4; ++k)
    if (counts[k] > counts[best]) best = k;
  return kCandidates[best];
}

}  // namespace lead
