#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every target and test with AddressSanitizer + UndefinedBehaviorSanitizer (Debug, -O1,
# -Werror) into build-asan and runs the whole suite under ctest. Any sanitizer report fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DMIERUKA_WERROR=ON \
  -DMIERUKA_SANITIZE=address,undefined >/dev/null
cmake --build build-asan -j2
# LeakSanitizer is off for now: it reports allocations inside Graphviz's gvc (layout plugins)
# and Qt's platform code that still have to be told apart from leaks of ours.
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=0:check_initialization_order=1:strict_init_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd build-asan
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 1500
