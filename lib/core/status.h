// SPDX-License-Identifier: Apache-2.0
// lead::Status and lead::Result<T>: errors as values inside lib/. A Status is
// cheap when OK (no allocation); its Code maps 1:1 to a sysexits(3) exit code
// through ExitCodeFor(), the single translation point used by every tool's
// main(). Per-record problems are not Statuses: they are rejects (stream/).
#pragma once

#include <cassert>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lead {

enum class Code : int {
  kOk = 0,
  kUsage = 64,        // EX_USAGE: bad command line
  kData = 65,         // EX_DATAERR: bad input data (with --strict)
  kNoInput = 66,      // EX_NOINPUT: an input file does not exist or cannot be read
  kUnavailable = 69,  // EX_UNAVAILABLE: a service (Redis, HTTP endpoint) is unavailable
  kInternal = 70,     // EX_SOFTWARE: a bug
  kIo = 74,           // EX_IOERR: read/write failure
  kConfig = 78,       // EX_CONFIG: bad configuration file
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Code code, std::string message)
      : rep_(code == Code::kOk ? nullptr : std::make_shared<Rep>(Rep{code, std::move(message)})) {}

  static Status Ok() { return Status(); }
  static Status Usage(std::string m) { return Status(Code::kUsage, std::move(m)); }
  static Status Data(std::string m) { return Status(Code::kData, std::move(m)); }
  static Status NoInput(std::string m) { return Status(Code::kNoInput, std::move(m)); }
  static Status Unavailable(std::string m) { return Status(Code::kUnavailable, std::move(m)); }
  static Status Internal(std::string m) { return Status(Code::kInternal, std::move(m)); }
  static Status Io(std::string m) { return Status(Code::kIo, std::move(m)); }
  static Status Config(std::string m) { return Status(Code::kConfig, std::move(m)); }

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  // The human-readable message without the tool prefix ("" when OK).
  const std::string& message() const;
  // "<message>" or "ok".
  std::string ToString() const;
  // Returns a copy whose message is "<context>: <message>"; OK stays OK.
  Status WithContext(std::string_view context) const;

 private:
  struct Rep {
    Code code;
    std::string message;
  };
  std::shared_ptr<const Rep> rep_;
};

// The sysexits code for a Status (0 when OK).
int ExitCodeFor(const Status& s);

// A value or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(v_).ok());
  }
  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace lead

// Propagates a non-OK Status from an expression returning Status.
#define LEAD_RETURN_IF_ERROR(expr)            \
  do {                                        \
    ::lead::Status lead_status_ = (expr);     \
    if (!lead_status_.ok()) return lead_status_; \
  } while (0)

#define LEAD_CONCAT_INNER_(a, b) a##b
#define LEAD_CONCAT_(a, b) LEAD_CONCAT_INNER_(a, b)
// `LEAD_ASSIGN_OR_RETURN(auto x, F());` declares x from a Result or returns its Status.
#define LEAD_ASSIGN_OR_RETURN(lhs, expr) \
  LEAD_ASSIGN_OR_RETURN_IMPL_(LEAD_CONCAT_(lead_result_, __LINE__), lhs, expr)
#define LEAD_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) return tmp.status();               \
  lhs = std::move(tmp).value()
