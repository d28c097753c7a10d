# SPDX-License-Identifier: GPL-3.0-or-later
# Signature engine benchmark, a program: tests/bench/bench_signatures.cpp explains its use, and
# tests/bench/make_content_rules.py writes the rule sets it is measured with.
if(UNIX AND TARGET mieruka_core_signature)
  add_executable(bench_signatures ${CMAKE_CURRENT_LIST_DIR}/bench_signatures.cpp)
  target_link_libraries(bench_signatures PRIVATE mieruka_core_signature mieruka_core_decode mieruka_capture_source)
endif()
