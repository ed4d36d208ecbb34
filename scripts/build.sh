#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Configures and builds one of the standard build trees:
#   scripts/build.sh release   -> build/         optimised, what users run
#   scripts/build.sh ci        -> build-ci/      -Werror, tests
#   scripts/build.sh sanitize  -> build-san/     clang, ASan+UBSan, libFuzzer targets
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-release}
jobs=${JOBS:-$(nproc)}
case "$mode" in
  release)  dir=build;     args=(-DCMAKE_BUILD_TYPE=Release -DLEADPIPE_BUILD_TESTS=ON) ;;
  ci)       dir=build-ci;  args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEADPIPE_WERROR=ON) ;;
  sanitize) dir=build-san; args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang
                                 -DCMAKE_CXX_COMPILER=clang++ -DLEADPIPE_SANITIZE=address,undefined
                                 -DLEADPIPE_FUZZ=ON -DLEADPIPE_BUILD_BENCH=OFF) ;;
  *) echo "usage: scripts/build.sh release|ci|sanitize" >&2; exit 64 ;;
esac
cmake -S . -B "$dir" "${args[@]}" >/dev/null
cmake --build "$dir" -j "$jobs"
echo "built $dir"
