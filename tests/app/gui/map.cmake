# SPDX-License-Identifier: GPL-3.0-or-later
mieruka_add_test(tst_map_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_map_view.cpp LIBS mieruka_app_gui)
