# SPDX-License-Identifier: GPL-3.0-or-later
# The Report page; included from this folder's CMakeLists.txt (AUTOMOC is on there).
mieruka_add_test(tst_report_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_report_view.cpp LIBS mieruka_app_gui)
# The page loads the report language's words from the app's resources; the test gets the same files.
set(MIERUKA_REPORT_TEST_QM ${PROJECT_BINARY_DIR}/translations/mieruka_ja.qm ${PROJECT_BINARY_DIR}/translations/mieruka_en.qm)
set_source_files_properties(${MIERUKA_REPORT_TEST_QM} PROPERTIES GENERATED TRUE)
qt_add_resources(tst_report_view "report_view_translations" PREFIX "/i18n" BASE ${PROJECT_BINARY_DIR}/translations
                 FILES ${MIERUKA_REPORT_TEST_QM})
add_dependencies(tst_report_view mieruka) # the .qm files are built with the app
