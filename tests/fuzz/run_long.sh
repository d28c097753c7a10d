#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The documented long fuzz run (docs/fuzzing.md):
#   nohup nice -n 19 tests/fuzz/run_long.sh [BUILD_DIR [OUT_DIR]] >/tmp/fuzz-long/run.log 2>&1 &
# Each target runs until it has used its CPU budget (CPU seconds, not wall: on a shared machine at
# nice 19 the two differ), in chunks of at most 10 minutes so a crash only ends the chunk and a
# global deadline can stop everything. The three families run side by side, one target each at a
# time; budgets aim at one CPU-hour per family: readers (3 targets), decode, protocol decoders (25).
# Environment: READER_CPU (1200 s each), DECODE_CPU (3600), PROTO_CPU (150 each),
#   DEADLINE (epoch seconds; default now + 2 h).
# Corpora grow in OUT_DIR/corpus/<target> (outside the repo), crash inputs in OUT_DIR/crashes/<target>,
# every chunk's log is kept in OUT_DIR/logs/<target>.<end time>.{log,time} (a restarted run carries
# on from those totals), OUT_DIR/summary.tsv is written at the end, and
# `run_long.sh --summary [BUILD_DIR [OUT_DIR]]` prints the table so far.
set -uo pipefail
source "$(dirname "$0")/fuzz_common.sh"
if [[ "${1:-}" == --summary ]]; then
  SUMMARY_ONLY=1
  shift
fi
BUILD="$(mkdir -p "${1:-$FUZZ_SRC/build-fuzz}" && cd "${1:-$FUZZ_SRC/build-fuzz}" && pwd)"
OUT="${2:-/tmp/fuzz-long}"
mkdir -p "$OUT/logs"
READER_CPU="${READER_CPU:-1200}" DECODE_CPU="${DECODE_CPU:-3600}" PROTO_CPU="${PROTO_CPU:-150}"
DEADLINE="${DEADLINE:-$(( $(date +%s) + 7200 ))}"

summarise() {
  {
    printf 'target\twall_s\tcpu_s\texecs\tcov\tcorpus\tcrashes\n'
    local target
    for target in $(cat "$BUILD/tests/fuzz/fuzz_targets.txt"); do target_totals "$target"; done
  } >"$OUT/summary.tsv"
  # Per family: CPU hours, execs, crashes.
  awk -F'\t' 'NR > 1 { f = ($1 ~ /^proto_/) ? "protocols" : ($1 == "decode" ? "decode" : "readers");
                      cpu[f] += $3; ex[f] += $4; cr[f] += $7 }
              END { for (f in cpu) printf "%-10s %6.2f CPU-h %12d execs %3d crashes\n", f, cpu[f] / 3600, ex[f], cr[f] }' \
    "$OUT/summary.tsv" >"$OUT/families.txt"
  column -t "$OUT/summary.tsv"
  cat "$OUT/families.txt"
}


# target_totals TARGET: "target wall cpu execs cov corpus crashes" summed over every chunk so far
# (the chunk logs are kept, so a stopped and restarted run carries on from its totals).
target_totals() {
  local target="$1" wall=0 cpu=0 execs=0 cov=0 files=0 crashes=0 t
  for t in "$OUT/logs/$target".*.time; do
    [[ -e "$t" ]] || continue
    read -r w u s <"$t"
    wall=$(awk -v a="$wall" -v b="$w" 'BEGIN{printf "%.0f", a+b}')
    cpu=$(awk -v a="$cpu" -v b="$u" -v c="$s" 'BEGIN{printf "%.0f", a+b+c}')
    local e
    e=$(grep -o 'stat::number_of_executed_units: [0-9]*' "${t%.time}.log" | awk '{print $2}')
    execs=$(( execs + ${e:-0} ))
    local c
    c=$(grep -o 'cov: [0-9]*' "${t%.time}.log" | tail -1 | awk '{print $2}')
    (( ${c:-0} > cov )) && cov=$c
  done
  [[ -d "$OUT/corpus/$target" ]] && files=$(find "$OUT/corpus/$target" -type f | wc -l)
  [[ -d "$OUT/crashes/$target" ]] && crashes=$(find "$OUT/crashes/$target" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$wall" "$cpu" "$execs" "$cov" "$files" "$crashes"
}

# long_target TARGET WALL_CAP: chunks until the CPU budget, WALL_CAP seconds, the deadline or 5 crashes.
long_target() {
  local target="$1" cap="$2" budget
  case "$target" in
    pcap|pcapng|snoop) budget=$READER_CPU ;;
    decode) budget=$DECODE_CPU ;;
    *) budget=$PROTO_CPU ;;
  esac
  local started cpu crashes
  started=$(date +%s)
  while true; do
    read -r _ _ cpu _ _ _ crashes <<<"$(target_totals "$target")"
    (( cpu >= budget || crashes >= 5 )) && break
    local now left want
    now=$(date +%s)
    left=$(( DEADLINE - now ))
    (( left > cap - (now - started) )) && left=$(( cap - (now - started) ))
    (( left > 600 )) && left=600
    (( left < 10 )) && break
    want=$(( budget - cpu ))
    (( want < left )) && left=$(( want < 10 ? 10 : want ))
    fuzz_run "$BUILD" "$target" "$left" "$OUT" "$OUT/seeds"
    local stamp
    stamp=$(date +%s)
    mv "$OUT/logs/$target.log" "$OUT/logs/$target.$stamp.log"
    mv "$OUT/logs/$target.time" "$OUT/logs/$target.$stamp.time"
  done
}
# run_family TARGET...: one after the other, each capped at an equal share of the time left, so a
# slow machine shortens every target of the family instead of skipping the last ones.
run_family() {
  local count=$# target
  for target in "$@"; do
    local cap=$(( (DEADLINE - $(date +%s)) / count ))
    long_target "$target" "$cap"
    echo "$(date -u +%H:%M:%S) done $target"
    count=$(( count - 1 ))
  done
}

if [[ -n "${SUMMARY_ONLY:-}" ]]; then
  summarise
  exit 0
fi

fuzz_build "$BUILD" || { echo "build failed" >&2; exit 1; }
fuzz_seeds "$OUT/seeds" || { echo "seed generation failed" >&2; exit 1; }

# The three families run side by side (three processes), so each gets the same share of the CPU.
targets="$BUILD/tests/fuzz/fuzz_targets.txt"
run_family decode &
run_family $(grep -E '^(pcap|pcapng|snoop)$' "$targets") &
run_family $(grep '^proto_' "$targets") &
wait
summarise
