# The ingest and delivery engine, the demo catalogue, the simulated target
# systems and the demo traffic. No Qt and no protobuf here.
find_package(Threads REQUIRED)
add_library(flowdesk_engine STATIC
    ${CMAKE_CURRENT_LIST_DIR}/engine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/engine_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demo_targets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/traffic.cpp
)
target_include_directories(flowdesk_engine PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(flowdesk_engine
    PUBLIC flowdesk_store spdlog::spdlog Threads::Threads
    PRIVATE flowdesk_warnings)
if(TARGET RapidJSON)
    target_link_libraries(flowdesk_engine PRIVATE RapidJSON)
elseif(TARGET rapidjson)
    target_link_libraries(flowdesk_engine PRIVATE rapidjson)
elseif(RapidJSON_INCLUDE_DIRS)
    target_include_directories(flowdesk_engine PRIVATE ${RapidJSON_INCLUDE_DIRS})
endif()
