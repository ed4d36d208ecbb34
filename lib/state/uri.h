// SPDX-License-Identifier: Apache-2.0
// The --state URI every stateful tool takes:
//   PATH or sqlite:PATH       SQLite file (WAL), the embedded default
//   :memory:                  SQLite in memory, for one-shot runs
//   redis://HOST:PORT/DB      Redis, for state shared by several machines
//                             (optional ?prefix=NAME namespaces the keys)
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace lead::state {

struct StateUri {
  enum class Kind { kSqlite, kMemory, kRedis };
  Kind kind = Kind::kSqlite;
  std::string path;          // SQLite file
  std::string host = "127.0.0.1";
  int port = 6379;
  int db = 0;
  std::string prefix;        // Redis key prefix ("" = the tool's default)
  std::string text;          // as given

  bool is_redis() const { return kind == Kind::kRedis; }
  bool is_sqlite() const { return kind != Kind::kRedis; }
};

// Parses uri; "" gives default_path. Malformed URIs are usage errors.
Result<StateUri> ParseStateUri(std::string_view uri, std::string_view default_path);

}  // namespace lead::state
