# The delivery engine against a real store and the simulated targets: retries,
# backoff, exceptions, error signatures, pause, SLA, recovery, demo traffic.
add_executable(tst_engine ${CMAKE_CURRENT_LIST_DIR}/tst_engine.cpp)
set_target_properties(tst_engine PROPERTIES AUTOMOC ON)
target_link_libraries(tst_engine PRIVATE flowdesk_engine flowdesk_store Qt6::Test flowdesk_warnings)
add_test(NAME engine COMMAND tst_engine)
set_tests_properties(engine PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
