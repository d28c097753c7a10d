# SPDX-License-Identifier: GPL-3.0-or-later
# The Traffic and Rankings pages; included from this folder's CMakeLists.txt (AUTOMOC is on there).
mieruka_add_test(tst_traffic_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_traffic_view.cpp LIBS mieruka_app_gui)
mieruka_add_test(tst_rankings_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rankings_view.cpp LIBS mieruka_app_gui)
