#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages leadpipe needs. Idempotent: installs only
# what is missing. Usage: scripts/install-deps.sh [build|test]
#   build  compilers and -dev libraries (what the main job needs)
#   test   build + what the test suite starts for real (redis-server, an SMTP
#          server, headless Chromium) and the fuzzing/benchmark tools
set -euo pipefail
mode=${1:-build}
build_pkgs=(
  build-essential cmake pkg-config git ca-certificates
  libcli11-dev libsimdjson-dev nlohmann-json3-dev libcurl4-openssl-dev libsqlite3-dev
  libfmt-dev catch2 libssl-dev libphonenumber-dev libpsl-dev libutf8proc-dev libre2-dev
  libtomlplusplus-dev libhiredis-dev libcpp-httplib-dev libhowardhinnant-date-dev libcsv-dev
  tzdata
)
test_pkgs=(
  redis-server redis-tools python3 python3-aiosmtpd jq clang libclang-rt-14-dev
  sqlite3 curl procps chromium
)
pkgs=("${build_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
