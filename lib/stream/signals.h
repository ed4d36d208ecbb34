// SPDX-License-Identifier: Apache-2.0
// Process-wide signal policy for stream tools: SIGPIPE is ignored so a closed
// downstream shows up as EPIPE on write; SIGTERM and SIGINT set a stop flag and
// interrupt a blocking read (no SA_RESTART), so the tool drains what it has
// buffered, flushes, commits state and exits cleanly.
#pragma once

namespace lead::stream {

void InstallSignalHandlers();
bool StopRequested();
// For tests and for servers that initiate their own shutdown.
void RequestStop();
void ClearStop();

}  // namespace lead::stream
