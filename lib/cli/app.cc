// SPDX-License-Identifier: Apache-2.0
#include "cli/app.h"

#include <unistd.h>

#include <iostream>

#include "core/version.h"
#include "stream/signals.h"

namespace lead::cli {

std::unique_ptr<CLI::App> MakeApp(const ToolSpec& spec) {
  auto app = std::make_unique<CLI::App>(spec.summary, spec.name);
  app->set_version_flag("--version", spec.name + " (leadpipe) " + LEADPIPE_VERSION);
  app->get_formatter()->column_width(34);
  std::string footer;
  if (!spec.example.empty()) footer += "Example:\n" + spec.example + "\n\n";
  footer += "See " + spec.name + "(1).";
  app->footer(footer);
  app->option_defaults()->always_capture_default();
  return app;
}

void AddCommonOptions(CLI::App& app, CommonOptions* o) {
  app.add_option("-o,--output", o->output, "Write records to FILE [default: stdout]")
      ->type_name("FILE");
  app.add_option("--rejects", o->rejects, "Write rejects (NDJSON) to FILE [default: stderr]")
      ->type_name("FILE");
  app.add_flag("--strict", o->strict, "Exit 65 if any record was rejected");
  AddNowOption(app, &o->now);
  app.add_flag("--stats", o->stats, "Print run counters as JSON on stderr at exit");
}

void AddNowOption(CLI::App& app, std::string* now) {
  app.add_option("--now", *now, "Use TIME as the current time (ISO 8601); makes runs deterministic")
      ->type_name("TIME");
}

std::optional<int> Parse(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
    return std::nullopt;
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion& e) {
    std::cout << e.what() << "\n";
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << app.get_name() << ": error: " << e.what() << " (see '" << app.get_name()
              << " --help')\n";
    return 64;
  }
}

Result<std::unique_ptr<Clock>> MakeClock(const std::string& now) {
  if (now.empty()) return std::unique_ptr<Clock>(new SystemClock());
  auto t = ParseTime(now);
  if (!t) return Status::Usage("--now: '" + now + "' is not an ISO 8601 time (e.g. 2026-11-23T09:00:00Z)");
  return std::unique_ptr<Clock>(new FixedClock(*t));
}

Result<stream::StreamIo> OpenStreamIo(const std::string& tool, const CommonOptions& o) {
  stream::StreamIo io;
  io.tool = tool;
  io.strict = o.strict;
  io.print_stats = o.stats;
  LEAD_ASSIGN_OR_RETURN(io.clock, MakeClock(o.now));
  io.now_fixed = !o.now.empty();
  LEAD_ASSIGN_OR_RETURN(io.out, stream::Output::Open(o.output));
  if (o.rejects.empty() || o.rejects == "-") {
    io.rejects_out = stream::Output::ForFd(2, "<stderr>");
  } else {
    LEAD_ASSIGN_OR_RETURN(io.rejects_out, stream::Output::Open(o.rejects));
  }
  io.rejects = std::make_unique<stream::RejectSink>(io.rejects_out.get(), tool);
  return io;
}

void PrintError(const std::string& tool, const Status& status) {
  std::string line = tool + ": error: " + status.message() + "\n";
  ssize_t ignored = ::write(2, line.data(), line.size());
  (void)ignored;
}

void PrintWarning(const std::string& tool, const std::string& message) {
  std::string line = tool + ": warning: " + message + "\n";
  ssize_t ignored = ::write(2, line.data(), line.size());
  (void)ignored;
}

int RunMain(const std::string& tool, const std::function<Status()>& body) {
  stream::InstallSignalHandlers();
  try {
    Status s = body();
    if (!s.ok()) PrintError(tool, s);
    return ExitCodeFor(s);
  } catch (const std::exception& e) {
    PrintError(tool, Status::Internal(std::string("unexpected: ") + e.what()));
    return 70;
  }
}

}  // namespace lead::cli
