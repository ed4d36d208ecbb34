// SPDX-License-Identifier: Apache-2.0
#include "state/uri.h"

#include <charconv>

namespace lead::state {

Result<StateUri> ParseStateUri(std::string_view uri, std::string_view default_path) {
  StateUri u;
  u.text = std::string(uri.empty() ? default_path : uri);
  std::string_view s = u.text;
  if (s == ":memory:" || s == "sqlite::memory:") {
    u.kind = StateUri::Kind::kMemory;
    u.path = ":memory:";
    return u;
  }
  if (s.rfind("redis://", 0) == 0) {
    u.kind = StateUri::Kind::kRedis;
    std::string_view rest = s.substr(8);
    size_t q = rest.find('?');
    if (q != std::string_view::npos) {
      std::string_view query = rest.substr(q + 1);
      rest = rest.substr(0, q);
      if (query.rfind("prefix=", 0) == 0) u.prefix = std::string(query.substr(7));
      else return Status::Usage("--state: unknown Redis URI parameter '" + std::string(query) + "'");
    }
    size_t slash = rest.find('/');
    std::string_view hostport = rest.substr(0, slash);
    if (slash != std::string_view::npos && slash + 1 < rest.size()) {
      std::string_view db = rest.substr(slash + 1);
      auto [p, ec] = std::from_chars(db.data(), db.data() + db.size(), u.db);
      if (ec != std::errc() || p != db.data() + db.size() || u.db < 0)
        return Status::Usage("--state: bad Redis database number in '" + u.text + "'");
    }
    size_t colon = hostport.rfind(':');
    if (colon != std::string_view::npos) {
      std::string_view port = hostport.substr(colon + 1);
      auto [p, ec] = std::from_chars(port.data(), port.data() + port.size(), u.port);
      if (ec != std::errc() || p != port.data() + port.size() || u.port <= 0 || u.port > 65535)
        return Status::Usage("--state: bad Redis port in '" + u.text + "'");
      hostport = hostport.substr(0, colon);
    }
    if (!hostport.empty()) u.host = std::string(hostport);
    return u;
  }
  if (s.rfind("sqlite:", 0) == 0) s = s.substr(7);
  if (s.empty()) return Status::Usage("--state: empty SQLite path");
  if (s.find("://") != std::string_view::npos)
    return Status::Usage("--state: unsupported URI '" + u.text +
                         "' (use a path, sqlite:PATH, :memory: or redis://HOST:PORT/DB)");
  u.kind = StateUri::Kind::kSqlite;
  u.path = std::string(s);
  return u;
}

}  // namespace lead::state
