#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The whole test suite, as CI runs it (.ci/run calls this):
#   1. install the Debian packages (build + test sets)
#   2. build with -Wall -Wextra -Werror (g++) and run every test
#   3. build with clang, ASan+UBSan and libFuzzer; run every test again
#   4. run each fuzz target briefly on its seed corpus and known crashers
# Options: --quick (step 2 only)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = --quick ] && quick=1
scripts/install-deps.sh test
jobs=${JOBS:-$(nproc)}
export CTEST_OUTPUT_ON_FAILURE=1

echo "== build (g++, -Werror) and test"
scripts/build.sh ci
(cd build-ci && ctest -j "$jobs" --timeout 900)
[ $quick = 1 ] && exit 0

echo "== build (clang, ASan+UBSan, libFuzzer) and test"
scripts/build.sh sanitize
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LEADPIPE_SANITIZED=1
(cd build-san && ctest -j "$jobs" --timeout 1800)

echo "== fuzz smoke run"
scripts/fuzz.sh build-san "${FUZZ_SECONDS:-20}"
echo "all tests passed"
