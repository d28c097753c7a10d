# SPDX-License-Identifier: GPL-3.0-or-later
# Live capture loss at rising replay rates, CLI and GUI (run_live_capture_bench.py, root only).
if(TARGET mieruka_app_gui)
  add_executable(bench_live_capture ${CMAKE_CURRENT_LIST_DIR}/bench_live_capture.cpp)
  target_link_libraries(bench_live_capture PRIVATE mieruka_app_gui)
  add_dependencies(bench_live_capture mieruka-capture mieruka-cli)
endif()
