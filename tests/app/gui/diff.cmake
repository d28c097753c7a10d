# SPDX-License-Identifier: GPL-3.0-or-later
# The Diff page; included from this folder's CMakeLists.txt (AUTOMOC is on there).
mieruka_add_test(tst_diff_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diff_view.cpp LIBS mieruka_app_gui)
target_compile_definitions(tst_diff_view PRIVATE MIERUKA_QM_DIR="${PROJECT_BINARY_DIR}/translations")
add_dependencies(tst_diff_view mieruka) # the .qm files are built with the app
