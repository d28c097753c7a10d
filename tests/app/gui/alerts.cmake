# SPDX-License-Identifier: GPL-3.0-or-later
# The Alerts and Overview pages; included from this folder's CMakeLists.txt (AUTOMOC is on there).
mieruka_add_test(tst_alerts_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alerts_view.cpp LIBS mieruka_app_gui)
mieruka_add_test(tst_overview_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_overview_view.cpp LIBS mieruka_app_gui)
