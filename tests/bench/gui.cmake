# SPDX-License-Identifier: GPL-3.0-or-later
# Page opening times on a large synthetic survey (docs/benchmarks.md).
if(TARGET mieruka_app_gui)
  add_executable(bench_gui ${CMAKE_CURRENT_LIST_DIR}/bench_gui.cpp ${CMAKE_CURRENT_LIST_DIR}/synthetic_survey.cpp)
  target_link_libraries(bench_gui PRIVATE mieruka_app_gui)
endif()

# The PDF report of the same large survey (issue 8: a 5,000-host survey renders in ≤ 10 s).
add_executable(bench_report ${CMAKE_CURRENT_LIST_DIR}/bench_report.cpp ${CMAKE_CURRENT_LIST_DIR}/synthetic_survey.cpp)
target_link_libraries(bench_report PRIVATE mieruka_app_render mieruka_core_store Qt6::Gui)
target_include_directories(bench_report PRIVATE ${PROJECT_SOURCE_DIR})
