// SPDX-License-Identifier: Apache-2.0
// Thin RAII over the SQLite C API: a Database (WAL, busy timeout, pragmas
// chosen for stream state) and prepared Statements that are reused per
// event. Errors come back as Status with the SQLite message. A Database and
// its Statements belong to one thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace lead::state {

class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* s) : stmt_(s) {}
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;

  // Binds are 1-based, as in SQLite.
  Statement& Bind(int i, int64_t v) { sqlite3_bind_int64(get(), i, v); return *this; }
  Statement& Bind(int i, int v) { sqlite3_bind_int64(get(), i, v); return *this; }
  Statement& Bind(int i, double v) { sqlite3_bind_double(get(), i, v); return *this; }
  Statement& Bind(int i, std::string_view v) {
    sqlite3_bind_text(get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Statement& BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& BindNull(int i) { sqlite3_bind_null(get(), i); return *this; }

  // Steps once: true when a row is available, false when done.
  Result<bool> Step();
  // Steps to completion, then resets (for INSERT/UPDATE).
  Status Run();
  void Reset() {
    sqlite3_reset(get());
    sqlite3_clear_bindings(get());
  }

  int64_t Int(int col) const { return sqlite3_column_int64(get(), col); }
  double Double(int col) const { return sqlite3_column_double(get(), col); }
  std::string_view Text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(get(), col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(get(), col)))
             : std::string_view();
  }
  bool IsNull(int col) const { return sqlite3_column_type(get(), col) == SQLITE_NULL; }
  sqlite3_stmt* get() const { return stmt_.get(); }

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

struct SqliteOptions {
  bool wal = true;                 // journal_mode=WAL (file databases)
  int busy_timeout_ms = 10000;     // wait for other writers
  int cache_mib = 64;              // page cache size
  bool synchronous_full = false;   // FULL instead of NORMAL (audit logs)
  bool read_only = false;
};

class Database {
 public:
  // Opens (creating) path; ":memory:" for an in-memory database.
  static Result<std::unique_ptr<Database>> Open(const std::string& path,
                                                const SqliteOptions& options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // BEGIN IMMEDIATE / COMMIT / ROLLBACK.
  Status Begin();
  Status Commit();
  Status Rollback();
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }
  // A single integer from a query (e.g. PRAGMA user_version), or nullopt.
  Result<std::optional<int64_t>> QueryInt(std::string_view sql);
  int64_t changes() const { return sqlite3_changes64(db_); }
  int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  Status Error(std::string_view what) const;

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

}  // namespace lead::state
