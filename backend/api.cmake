# The gRPC layer of flowdeskd (sessions, roles, services) and the daemon.
add_library(flowdesk_api STATIC
    ${CMAKE_CURRENT_LIST_DIR}/auth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/authz.cpp
    ${CMAKE_CURRENT_LIST_DIR}/errors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payload.cpp
    ${CMAKE_CURRENT_LIST_DIR}/server.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_audit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_bulk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_common.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_connector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_dashboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_event.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_flow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_ingest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_transaction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/svc_user.cpp
)
target_include_directories(flowdesk_api PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(flowdesk_api
    PUBLIC flowdesk_proto flowdesk_store flowdesk_engine
           gRPC::grpc++ gRPC::grpc++_reflection OpenSSL::Crypto spdlog::spdlog
    PRIVATE flowdesk_warnings)
if(TARGET RapidJSON)
    target_link_libraries(flowdesk_api PRIVATE RapidJSON)
elseif(TARGET rapidjson)
    target_link_libraries(flowdesk_api PRIVATE rapidjson)
elseif(RapidJSON_INCLUDE_DIRS)
    target_include_directories(flowdesk_api PRIVATE ${RapidJSON_INCLUDE_DIRS})
endif()

add_executable(flowdeskd ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_compile_definitions(flowdeskd PRIVATE FLOWDESK_VERSION="${PROJECT_VERSION}")
target_link_libraries(flowdeskd PRIVATE flowdesk_api flowdesk_warnings)
