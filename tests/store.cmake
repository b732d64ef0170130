# The persistent store: schema, paging, filters, audit chain, event log.
add_executable(tst_store ${CMAKE_CURRENT_LIST_DIR}/tst_store.cpp)
set_target_properties(tst_store PROPERTIES AUTOMOC ON)
target_link_libraries(tst_store PRIVATE flowdesk_store Qt6::Test flowdesk_warnings)
add_test(NAME store COMMAND tst_store)
set_tests_properties(store PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
