// SPDX-License-Identifier: Apache-2.0
#include "state/sqlite.h"

#include <fmt/format.h>

namespace lead::state {

Result<bool> Statement::Step() {
  int rc = sqlite3_step(get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3* db = sqlite3_db_handle(get());
  Status s = Status::Io(fmt::format("sqlite: {} (in: {})", sqlite3_errmsg(db), sqlite3_sql(get())));
  sqlite3_reset(get());
  return s;
}

Status Statement::Run() {
  for (;;) {
    auto r = Step();
    if (!r.ok()) return r.status();
    if (!r.value()) break;
  }
  Reset();
  return Status::Ok();
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path,
                                                 const SqliteOptions& o) {
  sqlite3* db = nullptr;
  int flags = (o.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
              SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::Io(fmt::format("cannot open state database '{}': {}", path, msg));
  }
  std::unique_ptr<Database> d(new Database(db, path));
  sqlite3_busy_timeout(db, o.busy_timeout_ms);
  if (o.wal && path != ":memory:" && !o.read_only) {
    LEAD_RETURN_IF_ERROR(d->Exec("PRAGMA journal_mode=WAL"));
  }
  LEAD_RETURN_IF_ERROR(d->Exec(o.synchronous_full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL"));
  LEAD_RETURN_IF_ERROR(d->Exec(fmt::format("PRAGMA cache_size=-{}", o.cache_mib * 1024)));
  LEAD_RETURN_IF_ERROR(d->Exec("PRAGMA foreign_keys=ON"));
  return d;
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Error(std::string_view what) const {
  return Status::Io(fmt::format("sqlite {}: {}: {}", path_, what, sqlite3_errmsg(db_)));
}

Status Database::Exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return Status::Io(fmt::format("sqlite {}: {} (in: {})", path_, msg, sql.substr(0, 120)));
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(fmt::format("prepare '{}'", sql.substr(0, 120)));
  return Statement(stmt);
}

Status Database::Begin() { return Exec("BEGIN IMMEDIATE"); }
Status Database::Commit() { return Exec("COMMIT"); }
Status Database::Rollback() { return Exec("ROLLBACK"); }

Result<std::optional<int64_t>> Database::QueryInt(std::string_view sql) {
  LEAD_ASSIGN_OR_RETURN(Statement st, Prepare(sql));
  LEAD_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row || st.IsNull(0)) return std::optional<int64_t>();
  return std::optional<int64_t>(st.Int(0));
}

}  // namespace lead::state
