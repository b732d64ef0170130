# flowdeskd's gRPC layer: roles and scope, transactions, and the daemon's command line.
add_library(flowdesk_apitestutil STATIC
    ${CMAKE_CURRENT_LIST_DIR}/apitestutil.h
    ${CMAKE_CURRENT_LIST_DIR}/apitestutil.cpp)
target_include_directories(flowdesk_apitestutil PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(flowdesk_apitestutil PUBLIC flowdesk_api Qt6::Core Qt6::Test PRIVATE flowdesk_warnings)

add_executable(tst_api_roles ${CMAKE_CURRENT_LIST_DIR}/tst_api_roles.cpp)
set_target_properties(tst_api_roles PROPERTIES AUTOMOC ON)
target_link_libraries(tst_api_roles PRIVATE flowdesk_apitestutil Qt6::Test flowdesk_warnings)
target_compile_definitions(tst_api_roles PRIVATE FLOWDESK_PROTO_DIR="${PROJECT_SOURCE_DIR}/proto/flowdesk/v1")
add_test(NAME api_roles COMMAND tst_api_roles)

add_executable(tst_api_transactions ${CMAKE_CURRENT_LIST_DIR}/tst_api_transactions.cpp)
set_target_properties(tst_api_transactions PROPERTIES AUTOMOC ON)
target_link_libraries(tst_api_transactions PRIVATE flowdesk_apitestutil PkgConfig::SQLITE3 Qt6::Test flowdesk_warnings)
if(TARGET RapidJSON)
    target_link_libraries(tst_api_transactions PRIVATE RapidJSON)
elseif(RapidJSON_INCLUDE_DIRS)
    target_include_directories(tst_api_transactions PRIVATE ${RapidJSON_INCLUDE_DIRS})
endif()
add_test(NAME api_transactions COMMAND tst_api_transactions)

add_executable(tst_api_cli ${CMAKE_CURRENT_LIST_DIR}/tst_api_cli.cpp)
set_target_properties(tst_api_cli PROPERTIES AUTOMOC ON)
target_link_libraries(tst_api_cli PRIVATE flowdesk_proto gRPC::grpc++ Qt6::Core Qt6::Test flowdesk_warnings)
target_compile_definitions(tst_api_cli PRIVATE FLOWDESKD_PATH="$<TARGET_FILE:flowdeskd>")
add_dependencies(tst_api_cli flowdeskd)
add_test(NAME flowdeskd_cli COMMAND tst_api_cli)

set_tests_properties(api_roles api_transactions flowdeskd_cli PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# Connectors, credentials, users and the audit trail: the canary secret sweep
# against the real daemon, replay after rotation, paused connectors, tampering.
add_executable(tst_api_admin ${CMAKE_CURRENT_LIST_DIR}/tst_api_admin.cpp)
set_target_properties(tst_api_admin PROPERTIES AUTOMOC ON)
target_link_libraries(tst_api_admin PRIVATE flowdesk_apitestutil PkgConfig::SQLITE3 Qt6::Test flowdesk_warnings)
if(TARGET RapidJSON)
    target_link_libraries(tst_api_admin PRIVATE RapidJSON)
elseif(RapidJSON_INCLUDE_DIRS)
    target_include_directories(tst_api_admin PRIVATE ${RapidJSON_INCLUDE_DIRS})
endif()
target_compile_definitions(tst_api_admin PRIVATE FLOWDESKD_PATH="$<TARGET_FILE:flowdeskd>")
add_dependencies(tst_api_admin flowdeskd)
add_test(NAME api_admin COMMAND tst_api_admin)
set_tests_properties(api_admin PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# IngestService.SubmitBatch: per-submission results, deduplication, limits.
add_executable(tst_api_ingest ${CMAKE_CURRENT_LIST_DIR}/tst_api_ingest.cpp)
set_target_properties(tst_api_ingest PROPERTIES AUTOMOC ON)
target_link_libraries(tst_api_ingest PRIVATE flowdesk_apitestutil Qt6::Test flowdesk_warnings)
add_test(NAME api_ingest COMMAND tst_api_ingest)
set_tests_properties(api_ingest PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
