// SPDX-License-Identifier: Apache-2.0
// Command-line plumbing shared by every tool: the CLI11 app with the common
// help layout (purpose, options with defaults, a worked example, "See
// lead-x(1)"), the common stream options defined once, parsing that maps
// CLI11's outcomes to sysexits (help/version 0, usage error 64), opening the
// stream I/O from the options, and the single error-message format
// "lead-x: error: <what>".
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/status.h"
#include "stream/io.h"

namespace lead::cli {

struct ToolSpec {
  std::string name;     // "lead-ingest"
  std::string summary;  // one line
  std::string example;  // a worked example shown at the end of --help
};

// The options every stream tool takes.
struct CommonOptions {
  std::string output = "-";  // -o/--output FILE [default: stdout]
  std::string rejects;       // --rejects FILE [default: stderr]
  bool strict = false;       // --strict: any reject makes the exit status 65
  std::string now;           // --now ISO8601: the clock for this run
  bool stats = false;        // --stats: JSON counters on stderr at exit
};

std::unique_ptr<CLI::App> MakeApp(const ToolSpec& spec);
// Adds -o, --rejects, --strict, --now, --stats to app (or a subcommand).
void AddCommonOptions(CLI::App& app, CommonOptions* options);
// Adds only --now (for subcommands that are not streams).
void AddNowOption(CLI::App& app, std::string* now);

// Parses argv. nullopt: go on and run; otherwise the exit code to return
// (0 after --help/--version, 64 after a usage error, with its message).
std::optional<int> Parse(CLI::App& app, int argc, char** argv);

// Builds the run's StreamIo from the options (opens -o and --rejects,
// parses --now). Usage errors for a bad --now, Io errors for files.
Result<stream::StreamIo> OpenStreamIo(const std::string& tool, const CommonOptions& options);
// The clock for --now (system clock when empty).
Result<std::unique_ptr<Clock>> MakeClock(const std::string& now);

// "lead-x: error: <message>" on stderr.
void PrintError(const std::string& tool, const Status& status);
void PrintWarning(const std::string& tool, const std::string& message);

// Runs body with the stream signal policy installed; converts a Status to
// the exit code (printing it) and contains any escaping exception (exit 70).
int RunMain(const std::string& tool, const std::function<Status()>& body);

}  // namespace lead::cli
