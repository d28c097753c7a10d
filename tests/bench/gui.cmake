# SPDX-License-Identifier: GPL-3.0-or-later
# Page opening times on a large synthetic survey (docs/benchmarks.md).
if(TARGET mieruka_app_gui)
  add_executable(bench_gui ${CMAKE_CURRENT_LIST_DIR}/bench_gui.cpp)
  target_link_libraries(bench_gui PRIVATE mieruka_app_gui)
endif()
