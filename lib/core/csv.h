// SPDX-License-Identifier: Apache-2.0
// CsvReader: RFC 4180 CSV through libcsv (quoted fields, embedded delimiters
// and newlines, doubled quotes), fed in chunks of any size, reporting each
// record with the lines it spans. Leading/trailing spaces of unquoted fields
// are trimmed (libcsv's default), which also reads ", "-separated files.
// Not thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct csv_parser;

namespace lead {

class CsvReader {
 public:
  // fields; the lines the record spans; raw: its text as read (with newlines).
  using RecordFn = std::function<void(const std::vector<std::string>& fields, uint64_t first_line,
                                      uint64_t last_line, std::string_view raw)>;

  explicit CsvReader(char delimiter = ',');
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  void Feed(std::string_view data, const RecordFn& fn);
  // Ends the input: reports a final record without a line terminator.
  void Finish(const RecordFn& fn);

  // The most frequent of , ; TAB | outside quotes in a header line.
  static char SniffDelimiter(std::string_view header_line);

  // Internal, for the libcsv callbacks.
  void OnField(const char* data, size_t len);
  void OnRecordEnd();

 private:
  void FeedLine(std::string_view line);

  csv_parser* parser_;
  const RecordFn* fn_ = nullptr;
  std::vector<std::string> fields_;
  uint64_t line_ = 0;        // lines fully fed so far
  uint64_t record_start_ = 1;
  std::string pending_;      // a partial line from the previous chunk
  std::string raw_;          // text of the record being read
};

}  // namespace lead
