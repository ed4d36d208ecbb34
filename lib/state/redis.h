// SPDX-License-Identifier: Apache-2.0
// A Redis connection through hiredis, for state shared by several machines.
// Commands are argv-style (binary safe, no string formatting). Pipelining:
// Append() several commands, then read their replies in order with
// GetReply(). Connection failures are kUnavailable (exit 69). One connection
// belongs to one thread.
#pragma once

#include <hiredis/hiredis.h>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "state/uri.h"

namespace lead::state {

// An owned reply.
class RedisReply {
 public:
  RedisReply() = default;
  explicit RedisReply(redisReply* r) : r_(r) {}
  bool is_nil() const { return !r_ || r_->type == REDIS_REPLY_NIL; }
  bool is_error() const { return r_ && r_->type == REDIS_REPLY_ERROR; }
  bool is_int() const { return r_ && r_->type == REDIS_REPLY_INTEGER; }
  bool is_string() const {
    return r_ && (r_->type == REDIS_REPLY_STRING || r_->type == REDIS_REPLY_STATUS);
  }
  bool is_array() const { return r_ && r_->type == REDIS_REPLY_ARRAY; }
  int64_t integer() const { return r_ ? r_->integer : 0; }
  std::string_view str() const {
    return r_ && r_->str ? std::string_view(r_->str, r_->len) : std::string_view();
  }
  size_t size() const { return is_array() ? r_->elements : 0; }
  // Element i of an array reply (not owned separately).
  const redisReply* element(size_t i) const { return r_->element[i]; }
  static std::string_view Str(const redisReply* e) {
    return e && e->str ? std::string_view(e->str, e->len) : std::string_view();
  }
  const redisReply* raw() const { return r_.get(); }

 private:
  struct Free {
    void operator()(redisReply* r) const { freeReplyObject(r); }
  };
  std::unique_ptr<redisReply, Free> r_;
};

class Redis {
 public:
  static Result<std::unique_ptr<Redis>> Connect(const StateUri& uri, int timeout_ms = 2000);
  ~Redis();
  Redis(const Redis&) = delete;
  Redis& operator=(const Redis&) = delete;

  // Runs one command; a Redis error reply becomes a Status.
  Result<RedisReply> Command(const std::vector<std::string_view>& argv);
  Result<RedisReply> Command(std::initializer_list<std::string_view> argv) {
    return Command(std::vector<std::string_view>(argv));
  }
  // Pipelining.
  void Append(const std::vector<std::string_view>& argv);
  Result<RedisReply> GetReply();

  // Loads a Lua script once; EvalSha runs it (reloading after a flush).
  Result<std::string> LoadScript(std::string_view script);
  Result<RedisReply> EvalSha(const std::string& sha, std::string_view script,
                             const std::vector<std::string_view>& keys,
                             const std::vector<std::string_view>& args);

  const std::string& prefix() const { return prefix_; }
  redisContext* context() const { return ctx_; }

 private:
  explicit Redis(redisContext* c, std::string where) : ctx_(c), where_(std::move(where)) {}
  Status Failure(std::string_view what) const;

  redisContext* ctx_;
  std::string where_;
  std::string prefix_;
  size_t pending_ = 0;
};

}  // namespace lead::state
