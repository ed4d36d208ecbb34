// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the unit tests: paths to the source tree, the shared data
// and built tools; temporary directories; running a tool as a child process
// with given stdin; and a real redis-server on a free loopback port.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace lead::test {

std::string SharedPath(const std::string& rel);  // ../shared/<rel>
std::string SrcPath(const std::string& rel);     // <repo>/<rel>
std::string BinPath(const std::string& tool);    // <build>/bin/<tool>

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);
std::vector<std::string> Lines(const std::string& text);

// A fresh directory under $TMPDIR, removed (recursively) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct ProcResult {
  int exit_code = -1;  // exit status, or 128+signal
  std::string out;
  std::string err;
};
// Runs argv[0] (a path) with stdin_data on stdin; captures stdout and stderr.
ProcResult Run(const std::vector<std::string>& argv, const std::string& stdin_data = "");

// A free TCP port on 127.0.0.1 (bound and released).
int FreePort();

// A real redis-server on 127.0.0.1:<free port> with its data in a temp dir,
// stopped on destruction. available() is false when redis-server is missing.
class RedisServer {
 public:
  RedisServer();
  ~RedisServer();
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;
  bool available() const { return pid_ > 0; }
  int port() const { return port_; }
  std::string uri(int db = 0) const;

 private:
  TempDir dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace lead::test
