#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI smoke run of every libFuzzer target (docs/fuzzing.md):
#   tests/fuzz/run_smoke.sh BUILD_DIR SECONDS_PER_TARGET
# Reader and decode targets get SECONDS_PER_TARGET, each protocol decoder a quarter of it (at
# least 5 s); two targets run at a time. Exit 1 when any target found a crash, leak or timeout;
# its input is copied to BUILD_DIR/fuzz-smoke/found/<target>/ and named in the output.
set -uo pipefail
if [[ $# -ne 2 ]]; then
  echo "usage: $0 BUILD_DIR SECONDS_PER_TARGET" >&2
  exit 2
fi
source "$(dirname "$0")/fuzz_common.sh"
BUILD="$(mkdir -p "$1" && cd "$1" && pwd)"
SECONDS_PER_TARGET="$2"
WORK="$BUILD/fuzz-smoke"

fuzz_build "$BUILD" || { echo "fuzz smoke: build failed" >&2; exit 1; }
fuzz_seeds "$BUILD/fuzz-seeds" || { echo "fuzz smoke: seed generation failed" >&2; exit 1; }
rm -rf "$WORK"   # a fresh corpus each run: the seeds carry what matters
mkdir -p "$WORK"

run_one() {
  local target="$1" seconds="$SECONDS_PER_TARGET"
  [[ "$target" == proto_* ]] && seconds=$(( SECONDS_PER_TARGET / 4 > 5 ? SECONDS_PER_TARGET / 4 : 5 ))
  fuzz_run "$BUILD" "$target" "$seconds" "$WORK" "$BUILD/fuzz-seeds"
  local status=$?
  read -r execs cov files _ _ <<<"$(fuzz_summary "$WORK" "$target")"
  local result=ok
  if [[ $status -ne 0 ]] || [[ -n "$(ls -A "$WORK/crashes/$target")" ]]; then
    result="FAILED (exit $status)"
    mkdir -p "$WORK/found/$target"
    cp "$WORK/crashes/$target"/* "$WORK/found/$target/" 2>/dev/null
    for f in "$WORK/found/$target"/*; do [[ -e "$f" ]] && result+=" input: $f"; done
    result+=" log: $WORK/logs/$target.log"
  fi
  printf '%-24s %4ss runs=%-9s cov=%-6s corpus=%-5s %s\n' "$target" "$seconds" "$execs" "$cov" "$files" "$result"
  [[ "$result" == ok ]]
}
export -f run_one fuzz_run fuzz_summary fuzz_options
export BUILD WORK SECONDS_PER_TARGET FUZZ_SRC

start=$(date +%s)
# Longest first, so the two slots finish together.
if xargs -P 2 -I{} bash -c 'run_one {}' < <(grep -v '^proto_' "$BUILD/tests/fuzz/fuzz_targets.txt";
                                            grep '^proto_' "$BUILD/tests/fuzz/fuzz_targets.txt"); then
  echo "fuzz smoke: all targets clean in $(( $(date +%s) - start )) s"
else
  echo "fuzz smoke: FAILED (inputs under $WORK/found/)"
  exit 1
fi
