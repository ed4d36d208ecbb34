// SPDX-License-Identifier: Apache-2.0
#include "state/redis.h"

#include <fmt/format.h>

namespace lead::state {

Result<std::unique_ptr<Redis>> Redis::Connect(const StateUri& uri, int timeout_ms) {
  struct timeval tv = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
  redisContext* c = redisConnectWithTimeout(uri.host.c_str(), uri.port, tv);
  std::string where = fmt::format("redis://{}:{}/{}", uri.host, uri.port, uri.db);
  if (c == nullptr || c->err) {
    std::string msg = c ? c->errstr : "cannot allocate context";
    if (c) redisFree(c);
    return Status::Unavailable(fmt::format("cannot connect to {}: {}", where, msg));
  }
  std::unique_ptr<Redis> r(new Redis(c, where));
  r->prefix_ = uri.prefix;
  // Commands get a longer timeout than the connect (Lua scripts, big batches).
  struct timeval cmd = {10, 0};
  redisSetTimeout(c, cmd);
  if (uri.db != 0) {
    std::string db = std::to_string(uri.db);
    auto rep = r->Command({"SELECT", db});
    if (!rep.ok()) return rep.status();
  }
  return r;
}

Redis::~Redis() { redisFree(ctx_); }

Status Redis::Failure(std::string_view what) const {
  return Status::Unavailable(fmt::format("{}: {}: {}", where_, what,
                                         ctx_->err ? ctx_->errstr : "protocol error"));
}

Result<RedisReply> Redis::Command(const std::vector<std::string_view>& argv) {
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  ptrs.reserve(argv.size());
  lens.reserve(argv.size());
  for (auto a : argv) {
    ptrs.push_back(a.data());
    lens.push_back(a.size());
  }
  auto* raw = static_cast<redisReply*>(
      redisCommandArgv(ctx_, static_cast<int>(argv.size()), ptrs.data(), lens.data()));
  if (raw == nullptr) return Failure(argv.empty() ? "command" : std::string(argv[0]));
  RedisReply rep(raw);
  if (rep.is_error())
    return Status::Unavailable(fmt::format("{}: {}: {}", where_, argv.empty() ? "" : argv[0], rep.str()));
  return rep;
}

void Redis::Append(const std::vector<std::string_view>& argv) {
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  for (auto a : argv) {
    ptrs.push_back(a.data());
    lens.push_back(a.size());
  }
  redisAppendCommandArgv(ctx_, static_cast<int>(argv.size()), ptrs.data(), lens.data());
  ++pending_;
}

Result<RedisReply> Redis::GetReply() {
  void* raw = nullptr;
  if (redisGetReply(ctx_, &raw) != REDIS_OK || raw == nullptr) return Failure("pipeline reply");
  if (pending_ > 0) --pending_;
  RedisReply rep(static_cast<redisReply*>(raw));
  if (rep.is_error()) return Status::Unavailable(fmt::format("{}: {}", where_, rep.str()));
  return rep;
}

Result<std::string> Redis::LoadScript(std::string_view script) {
  LEAD_ASSIGN_OR_RETURN(RedisReply rep, Command({"SCRIPT", "LOAD", script}));
  return std::string(rep.str());
}

Result<RedisReply> Redis::EvalSha(const std::string& sha, std::string_view script,
                                  const std::vector<std::string_view>& keys,
                                  const std::vector<std::string_view>& args) {
  std::string nkeys = std::to_string(keys.size());
  std::vector<std::string_view> argv = {"EVALSHA", sha, nkeys};
  argv.insert(argv.end(), keys.begin(), keys.end());
  argv.insert(argv.end(), args.begin(), args.end());
  auto rep = Command(argv);
  if (!rep.ok() && rep.status().message().find("NOSCRIPT") != std::string::npos) {
    argv[0] = "EVAL";
    argv[1] = script;
    return Command(argv);
  }
  return rep;
}

}  // namespace lead::state
