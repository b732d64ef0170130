# Widgets, views and dialogs of the console.
add_library(flowdesk_ui STATIC
    flownamedelegate.h
    flownamedelegate.cpp
    flowspage.h
    flowspage.cpp
    logindialog.h
    logindialog.cpp
    mainwindow.h
    mainwindow.cpp
    statusindicator.h
    statusindicator.cpp
)
target_include_directories(flowdesk_ui PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(flowdesk_ui
    PUBLIC flowdesk_models flowdesk_services Qt6::Widgets
    PRIVATE spdlog::spdlog flowdesk_warnings)

# Administration: connectors and credentials, users and roles, the audit trail.
target_sources(flowdesk_ui PRIVATE
    connectorspage.h
    connectorspage.cpp
    credentialdialog.h
    credentialdialog.cpp
    userspage.h
    userspage.cpp
    userdialog.h
    userdialog.cpp
    auditpage.h
    auditpage.cpp
)

# Offline work: the banner over the pages and the passphrase dialog of the cache.
target_sources(flowdesk_ui PRIVATE
    offlinebanner.h
    offlinebanner.cpp
    passphrasedialog.h
    passphrasedialog.cpp
)
# Payload editor of the exceptions workbench: form from the flow's schema, JSON, differences.
target_sources(flowdesk_ui PRIVATE
    payloadeditor/payloadeditor.h payloadeditor/payloadeditor.cpp payloadeditor/payloadeditor_p.h payloadeditor/payloadeditorform.cpp
    payloadeditor/jsonhighlighter.h payloadeditor/jsonhighlighter.cpp)
target_include_directories(flowdesk_ui PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/payloadeditor")

# Exceptions workbench: the list, error groups, one transaction, actions, bulk jobs.
target_sources(flowdesk_ui PRIVATE
    exceptionspage.h
    exceptionspage.cpp
    transactiondetail.h
    transactiondetail.cpp
    conflictdialog.h
    conflictdialog.cpp
    bulkdialog.h
    bulkdialog.cpp
    reasondialog.h
    reasondialog.cpp
    commands/command.h
    commands/command.cpp
    commands/actioncontroller.h
    commands/actioncontroller.cpp
)

# Dashboards: flow tiles, charts (Qt Charts), the wallboard and the stuck orders page.
target_sources(flowdesk_ui PRIVATE
    dashboardpage.h
    dashboardpage.cpp
    dashboardcharts.h
    dashboardcharts.cpp
    flowtile.h
    flowtile.cpp
    wallboard.h
    wallboard.cpp
    stuckorderspage.h
    stuckorderspage.cpp
)
target_link_libraries(flowdesk_ui PUBLIC Qt6::Charts)
