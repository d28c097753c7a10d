#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs missing packages, builds everything with -Werror and runs every test under ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh --tests
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIERUKA_WERROR=ON >/dev/null
cmake --build build-tests -j2
cd build-tests
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2
