# Domain value types and item models of the console (Qt Core/Gui only, no protobuf).
add_library(flowdesk_models STATIC
    domain.h
    domain.cpp
    transactionquery.h
    flowlistmodel.h
    flowlistmodel.cpp
    flowmodelinterface.h
    flowsortfilterproxymodel.h
    flowsortfilterproxymodel.cpp
    modelfactory.h
    modelfactory.cpp
    connector.h
    connector.cpp
    auditentry.h
    auditentry.cpp
    adminuser.h
    adminuser.cpp
    connectorlistmodel.h
    connectorlistmodel.cpp
    userlistmodel.h
    userlistmodel.cpp
    auditlogmodel.h
    auditlogmodel.cpp
    fieldviolation.h
    transactionaction.h
    transactionaction.cpp
    transaction.h
    transaction.cpp
    exceptionlistmodel.h
    exceptionlistmodel.cpp
    errorgroupmodel.h
    errorgroupmodel.cpp
    savedviews.h
    savedviews.cpp
)
target_include_directories(flowdesk_models PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(flowdesk_models
    PUBLIC Qt6::Core Qt6::Gui
    PRIVATE flowdesk_warnings)
if(FLOWDESK_MODEL_TESTER)
    target_link_libraries(flowdesk_models PUBLIC Qt6::Test)
    target_compile_definitions(flowdesk_models PRIVATE FLOWDESK_MODEL_TESTER)
endif()
# Payload documents with member order kept, and their JSON Schema checks.
target_sources(flowdesk_models PRIVATE jsonschema.h jsonschema.cpp)

# Dashboards: flow health, throughput, stuck orders.
target_sources(flowdesk_models PRIVATE flowhealth.h flowhealth.cpp stuckordermodel.h stuckordermodel.cpp)
