# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run_smoke.sh and run_long.sh (sourced, not run): build the libFuzzer targets, make
# the seed corpora, run one target for a while and summarise what libFuzzer printed.

FUZZ_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# fuzz_build BUILD_DIR: configures (clang, MIERUKA_FUZZ=ON, Ninja) when needed and builds every target.
fuzz_build() {
  local build="$1"
  if [[ ! -f "$build/build.ninja" ]]; then
    CC=clang CXX=clang++ cmake -S "$FUZZ_SRC" -B "$build" -G Ninja -DMIERUKA_FUZZ=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || return 1
  fi
  local targets
  targets=$(sed 's/^/fuzz_/' "$build/tests/fuzz/fuzz_targets.txt" | tr '\n' ' ')
  # shellcheck disable=SC2086  # one word per target
  nice -n 10 cmake --build "$build" -j "${FUZZ_BUILD_JOBS:-2}" --target $targets >/dev/null || return 1
}

# fuzz_seeds SEED_DIR: seeds from ../shared/captures when present, always from tests/data/captures.
fuzz_seeds() {
  local out="$1" dirs=("$FUZZ_SRC/tests/data/captures")
  [[ -d "$FUZZ_SRC/../shared/captures" ]] && dirs+=("$FUZZ_SRC/../shared/captures")
  # Deterministic, so made once per folder, and again only when the script changed.
  [[ -d "$out" && "$out" -nt "$FUZZ_SRC/tests/fuzz/make_seeds.py" ]] && return 0
  rm -rf "$out" "$out.tmp"
  python3 "$FUZZ_SRC/tests/fuzz/make_seeds.py" "$out.tmp" "${dirs[@]}" >/dev/null && mv "$out.tmp" "$out"
}

# fuzz_options TARGET: libFuzzer limits per target family (input size, per-input timeout, memory).
fuzz_options() {
  case "$1" in
    pcap|pcapng|snoop) echo "-max_len=65536 -timeout=20 -rss_limit_mb=2048" ;;
    decode) echo "-max_len=9000 -timeout=10 -rss_limit_mb=2048" ;;
    *) echo "-max_len=4096 -timeout=10 -rss_limit_mb=2048" ;;
  esac
}

# fuzz_run BUILD_DIR TARGET SECONDS WORK_DIR SEED_DIR: fuzzes into WORK_DIR/corpus/TARGET; crash,
# leak and timeout inputs land in WORK_DIR/crashes/TARGET/. Writes WORK_DIR/logs/TARGET.{log,time}.
# Returns libFuzzer's exit status (0: nothing found).
fuzz_run() {
  local build="$1" target="$2" seconds="$3" work="$4" seeds="$5"
  local corpus="$work/corpus/$target" crashes="$work/crashes/$target"
  mkdir -p "$corpus" "$crashes" "$work/logs"
  local inputs=("$corpus")
  [[ -d "$seeds/$target" ]] && inputs+=("$seeds/$target")
  [[ -d "$FUZZ_SRC/tests/regression/$target" ]] && inputs+=("$FUZZ_SRC/tests/regression/$target")
  local TIMEFORMAT='%R %U %S' status
  # shellcheck disable=SC2046  # options are words
  { time "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$crashes/" $(fuzz_options "$target") ${FUZZ_EXTRA_OPTIONS:-} "${inputs[@]}" \
      >"$work/logs/$target.log" 2>&1; } 2>"$work/logs/$target.time"
  status=$?
  return $status
}

# fuzz_summary WORK_DIR TARGET: "execs cov corpus_files wall cpu" from the last run's log.
fuzz_summary() {
  local work="$1" target="$2"
  local execs cov files wall cpu
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/logs/$target.log" | tail -1 | awk '{print $2}')
  cov=$(grep -o 'cov: [0-9]*' "$work/logs/$target.log" | tail -1 | awk '{print $2}')
  files=$(find "$work/corpus/$target" -type f | wc -l)
  read -r wall user sys <"$work/logs/$target.time" 2>/dev/null || true
  cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN{printf "%.0f", u+s}')
  echo "${execs:-0} ${cov:-0} $files ${wall:-0} $cpu"
}
