// SPDX-License-Identifier: Apache-2.0
// Raw HTTP/1.x request dumps (as captured by a proxy, `nc -l`, or a receiver's
// debug log): request line, headers, blank line, body. A dump may hold several
// requests; a body is delimited by Content-Length, chunked encoding, or the
// next request line. Header names are lower-cased; values keep their bytes.
// Also used by `lead-ingest serve` to describe deliveries the same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lead::ingest {

struct HttpRequest {
  std::string method;
  std::string target;
  std::string version;
  std::vector<std::pair<std::string, std::string>> headers;  // lower-case names
  std::string body;
  uint64_t line = 0;  // 1-based line of the request line in the dump
  std::string_view raw;  // the whole request text in the dump

  // The first header with this lower-case name, or "".
  std::string_view Header(std::string_view name) const;
  // The media type without parameters, lower-cased ("application/json").
  std::string MediaType() const;
};

// Parses the next request at text[*pos]; advances *pos and *line past it.
// Returns false with a message when the request is malformed; *pos then
// points at the next request line (so parsing can resume).
bool ParseNextRequest(std::string_view text, size_t* pos, uint64_t* line, HttpRequest* out,
                      std::string* error);

// {"method":..,"target":..,"headers":{..}} with credentials redacted.
std::string HttpProvenanceJson(const HttpRequest& r);

// The delivery id a sender put in the headers (GitHub, Zendesk, generic), or "".
std::string DeliveryIdFromHeaders(const HttpRequest& r);

// application/x-www-form-urlencoded body -> JSON object text. Repeated keys
// become arrays. Returns false when the body is not valid form encoding.
bool FormToJson(std::string_view body, std::string* json);

}  // namespace lead::ingest
