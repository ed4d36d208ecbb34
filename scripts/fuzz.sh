#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every libFuzzer target in BUILD/fuzz for SECONDS each, starting from
# its seed corpus (tests/fuzz/corpus/<target>/). New crashers are saved in
# tests/fuzz/crashers/<target>/ (commit them: they are replayed as tests).
# Usage: scripts/fuzz.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-san}
secs=${2:-20}
status=0
for bin in "$build"/fuzz/*_fuzz; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")
  seeds=tests/fuzz/corpus/$name
  work=$(mktemp -d)
  mkdir -p tests/fuzz/crashers/$name
  echo "-- $name (${secs}s)"
  if ! "$bin" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="tests/fuzz/crashers/$name/" "$work" "$seeds" >"$work.log" 2>&1; then
    echo "FAILED: $name"; tail -40 "$work.log"; status=1
  else
    grep -E "^#[0-9]+.*(DONE|pulse)" "$work.log" | tail -1 || true
  fi
  rm -rf "$work" "$work.log"
done
exit $status
