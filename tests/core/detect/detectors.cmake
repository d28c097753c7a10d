# SPDX-License-Identifier: GPL-3.0-or-later
# Survey-wide and streaming detectors (included from tests/CMakeLists.txt).
set(CMAKE_AUTOMOC ON)
add_library(mieruka_detection_test_input STATIC ${CMAKE_CURRENT_LIST_DIR}/detection_test_input.cpp)
target_include_directories(mieruka_detection_test_input PUBLIC ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(mieruka_detection_test_input PUBLIC mieruka_core_detect)
foreach(name tst_survey_detectors tst_ot_command_detector tst_broadcast_storm_monitor tst_arp_sweep_monitor)
  if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp)
    mieruka_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp LIBS mieruka_detection_test_input)
  endif()
endforeach()
