# The persistent store of flowdeskd: SQLite (system library) behind store.h.
find_package(Threads REQUIRED)
add_library(flowdesk_store STATIC
    ${CMAKE_CURRENT_LIST_DIR}/domain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlite_db.cpp
)
target_include_directories(flowdesk_store PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(flowdesk_store
    PUBLIC PkgConfig::SQLITE3 OpenSSL::Crypto spdlog::spdlog Threads::Threads
    PRIVATE flowdesk_warnings)
