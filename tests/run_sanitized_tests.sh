#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every target and test with AddressSanitizer + UndefinedBehaviorSanitizer (Debug, -O1,
# -Werror) into build-asan and runs the whole suite under ctest. Any sanitizer report fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DMIERUKA_WERROR=ON \
  -DMIERUKA_SANITIZE=address,undefined >/dev/null
cmake --build build-asan -j2
# LeakSanitizer is on; tests/sanitizers/lsan.supp lists the libraries whose own process-lifetime
# allocations are not ours (fontconfig, Graphviz's allocator), and tst_map_layout narrows the
# Graphviz part with full stacks (tests/core/map/CMakeLists.txt).
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-asan
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 1500
