#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs missing packages, builds Mieruka and opens the bundled sample capture.
# Without a display the app writes assets.csv, analysis.json and summary.html into ./out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIERUKA_BUILD_TESTS=OFF >/dev/null
cmake --build build -j2
rm -f out/survey.mieruka out/survey.mieruka-wal out/survey.mieruka-shm
exec build/app/gui/mieruka --out out resources/samples/plant-mixed.pcap
