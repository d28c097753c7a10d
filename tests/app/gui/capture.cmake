# SPDX-License-Identifier: GPL-3.0-or-later
# The capture dialog and the live capture bar; included from this folder's CMakeLists.txt.
mieruka_add_test(tst_capture_dialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_capture_dialog.cpp LIBS mieruka_app_gui)
add_dependencies(tst_capture_dialog mieruka-capture)
set_tests_properties(tst_capture_dialog PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MIERUKA_CAPTURE_HELPER=$<TARGET_FILE:mieruka-capture>")
