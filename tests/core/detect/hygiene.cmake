# SPDX-License-Identifier: GPL-3.0-or-later
# Network hygiene detectors (core/detect/hygiene): one Qt Test per tst_hygiene_*.cpp, on the
# hand-built rows of detection_test_input (declared by detectors.cmake).
set(CMAKE_AUTOMOC ON)
file(GLOB MIERUKA_HYGIENE_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/tst_hygiene_*.cpp)
foreach(source ${MIERUKA_HYGIENE_TESTS})
  get_filename_component(name ${source} NAME_WE)
  mieruka_add_test(${name} SOURCES ${source} LIBS mieruka_detection_test_input mieruka_core_detect)
endforeach()
