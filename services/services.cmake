# The console's connection to a backend: asynchronous gRPC, session, flows, event
# feed and the demo backend launcher. Maps the contract's messages to domain types.
add_library(flowdesk_services STATIC
    backendconnection.h
    backendconnection.cpp
    backendconnection_p.h
    demobackend.h
    demobackend.cpp
    eventfollower.h
    eventfollower.cpp
    flowsservice.h
    flowsservice.cpp
    protomapping.h
    protomapping.cpp
    serviceerror.h
    serviceerror.cpp
    sessionservice.h
    sessionservice.cpp
    adminservice.h
    adminservice.cpp
    transactionsservice.h
    transactionsservice.cpp
    mutation.h
    mutation.cpp
    mutationclient.h
    mutationclient.cpp
)
target_include_directories(flowdesk_services PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(flowdesk_services
    PUBLIC flowdesk_models Qt6::Core
    PRIVATE flowdesk_proto gRPC::grpc++ spdlog::spdlog flowdesk_warnings)

# The encrypted cache (SQLCipher through the project's own wrapper), its key in the
# OS keychain, the outbox and the offline controller. SQLCipher exports the same
# sqlite3_* symbols as plain SQLite: never link this library into a program that
# also links the system libsqlite3 (or Qt's QSQLITE plugin).
find_package(Qt6Keychain REQUIRED)
add_library(flowdesk_offline STATIC
    cache/sqlcipherdb.h
    cache/sqlcipherdb.cpp
    cache/localcache.h
    cache/localcache.cpp
    cache/cachestore.h
    cache/cachestore.cpp
    cache/cachecodec.h
    cache/cachecodec.cpp
    keystore.h
    keystore.cpp
    outbox.h
    outbox.cpp
    offlinecontroller.h
    offlinecontroller.cpp
)
target_include_directories(flowdesk_offline PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}/cache")
target_compile_definitions(flowdesk_offline PRIVATE SQLITE_HAS_CODEC)
target_link_libraries(flowdesk_offline
    PUBLIC flowdesk_services flowdesk_models Qt6::Core Qt6::Concurrent
    PRIVATE PkgConfig::SQLCIPHER qt6keychain OpenSSL::Crypto flowdesk_proto gRPC::grpc++ spdlog::spdlog
            flowdesk_warnings)

# Dashboards: flow health, throughput, stuck orders, top error signatures.
target_sources(flowdesk_services PRIVATE dashboardservice.h dashboardservice.cpp)
