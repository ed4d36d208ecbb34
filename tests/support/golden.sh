#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs one golden CLI case: a directory with
#   cmd               the command line (bash; tools are on PATH; $LEADPIPE_SHARED,
#                     $LEADPIPE_TESTDATA, $CASE and $REJECTS are set)
#   stdin             optional, fed to the command's stdin
#   expected.out      exact expected stdout
#   expected.rejects  optional: exact expected content of $REJECTS
#   expected.exit     optional: expected exit status (default 0)
#   expected.stderr   optional: exact stderr (default: stderr must be empty)
# LEADPIPE_UPDATE_GOLDEN=1 rewrites the expected files from the actual run.
set -u
case_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASE=$case_dir REJECTS=$work/rejects
cd "$case_dir"
stdin=/dev/null
[ -f stdin ] && stdin=stdin
bash -c "$(cat cmd)" <"$stdin" >"$work/out" 2>"$work/err"
code=$?
want_exit=0
[ -f expected.exit ] && want_exit=$(cat expected.exit)
if [ "${LEADPIPE_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$work/out" expected.out
  [ -f "$REJECTS" ] && cp "$REJECTS" expected.rejects
  [ "$code" != 0 ] && echo "$code" > expected.exit
  [ -s "$work/err" ] && cp "$work/err" expected.stderr
  echo "updated $case_dir"
  exit 0
fi
fail=0
if [ "$code" != "$want_exit" ]; then
  echo "exit status $code, expected $want_exit"; fail=1
fi
if ! diff -u expected.out "$work/out" >"$work/diff"; then
  echo "stdout differs:"; head -c 4000 "$work/diff"; fail=1
fi
if [ -f expected.rejects ]; then
  if ! diff -u expected.rejects "$REJECTS" >"$work/diff" 2>&1; then
    echo "rejects differ:"; head -c 4000 "$work/diff"; fail=1
  fi
fi
if [ -f expected.stderr ]; then
  if ! diff -u expected.stderr "$work/err" >"$work/diff"; then
    echo "stderr differs:"; head -c 4000 "$work/diff"; fail=1
  fi
elif [ -s "$work/err" ]; then
  echo "unexpected stderr:"; head -c 2000 "$work/err"; fail=1
fi
exit $fail
