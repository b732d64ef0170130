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
)
target_include_directories(flowdesk_services PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(flowdesk_services
    PUBLIC flowdesk_models Qt6::Core
    PRIVATE flowdesk_proto gRPC::grpc++ spdlog::spdlog flowdesk_warnings)
