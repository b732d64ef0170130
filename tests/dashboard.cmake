# Dashboards: rollups against the rows, scope per role, tile colours, time series, stuck list.
add_executable(tst_dashboard ${CMAKE_CURRENT_LIST_DIR}/tst_dashboard.cpp)
set_target_properties(tst_dashboard PROPERTIES AUTOMOC ON)
target_link_libraries(tst_dashboard PRIVATE flowdesk_apitestutil PkgConfig::SQLITE3 Qt6::Test flowdesk_warnings)
add_test(NAME dashboard COMMAND tst_dashboard)
set_tests_properties(dashboard PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
