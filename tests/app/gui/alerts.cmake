# SPDX-License-Identifier: GPL-3.0-or-later
# The Alerts and Overview pages; included from this folder's CMakeLists.txt (AUTOMOC is on there).
mieruka_add_test(tst_alerts_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alerts_view.cpp LIBS mieruka_app_gui)
mieruka_add_test(tst_overview_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_overview_view.cpp LIBS mieruka_app_gui)
mieruka_add_test(tst_alert_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_alert_export.cpp LIBS mieruka_app_gui mieruka_core_store PkgConfig::PCAP)
target_compile_definitions(tst_alert_export PRIVATE MIERUKA_CLI_PATH="$<TARGET_FILE:mieruka-cli>")
add_dependencies(tst_alert_export mieruka-cli)
