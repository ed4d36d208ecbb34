# SPDX-License-Identifier: Apache-2.0
# Sourced by tests/cli/*/*.sh: small assertion helpers for black-box tests.
# Tools are on PATH (the build's bin/); $LEADPIPE_SHARED is ../shared.
set -euo pipefail
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"; [ -n "${CLEANUP:-}" ] && eval "$CLEANUP"' EXIT
fails=0
pass() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; fails=$((fails + 1)); }
# check "description" command...   (passes when the command succeeds)
check() { local d=$1; shift; if "$@"; then pass "$d"; else fail "$d"; fi; }
# eq "description" actual expected
eq() { if [ "$2" == "$3" ]; then pass "$1"; else fail "$1: got '$2', want '$3'"; fi; }
finish() { if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi; echo "all checks passed"; }
# A free TCP port on 127.0.0.1.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
# Starts a real redis-server on a free port; sets REDIS_PORT and REDIS_URI.
start_redis() {
  REDIS_PORT=$(free_port)
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$TMP" \
    >"$TMP/redis.log" 2>&1 &
  REDIS_PID=$!
  CLEANUP="${CLEANUP:-} kill $REDIS_PID 2>/dev/null;"
  for _ in $(seq 100); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.05; done
  REDIS_URI="redis://127.0.0.1:$REDIS_PORT/0"
}
