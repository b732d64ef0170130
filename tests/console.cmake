# Console tests: services and UI against a real flowdeskd on a loopback port.
add_library(flowdesk_consoletestutil STATIC consoletestutil.h consoletestutil.cpp)
target_link_libraries(flowdesk_consoletestutil PUBLIC Qt6::Core Qt6::Test PRIVATE flowdesk_warnings)
target_include_directories(flowdesk_consoletestutil PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
if(TARGET flowdeskd)
    target_compile_definitions(flowdesk_consoletestutil PRIVATE FLOWDESKD_PATH="$<TARGET_FILE:flowdeskd>")
else()
    # Backend tests skip themselves until the daemon is part of the build.
    target_compile_definitions(flowdesk_consoletestutil PRIVATE FLOWDESKD_PATH="")
endif()

foreach(_suite services ui)
    add_executable(tst_console_${_suite} tst_console_${_suite}.cpp)
    target_link_libraries(tst_console_${_suite} PRIVATE
        flowdesk_consoletestutil flowdesk_ui flowdesk_services flowdesk_models
        Qt6::Test Qt6::Widgets flowdesk_warnings)
    if(TARGET flowdeskd)
        add_dependencies(tst_console_${_suite} flowdeskd)
    endif()
    add_test(NAME console_${_suite} COMMAND tst_console_${_suite})
    set_tests_properties(console_${_suite} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
endforeach()

# The encrypted cache, the outbox and offline work. These link SQLCipher and must
# never link the system libsqlite3; the plain-SQLite probe is a separate program.
add_executable(cache_plain_probe cacheplainprobe.cpp)
target_link_libraries(cache_plain_probe PRIVATE PkgConfig::SQLITE3)
foreach(_suite cache offline keychain)
    add_executable(tst_console_${_suite} tst_console_${_suite}.cpp)
    target_link_libraries(tst_console_${_suite} PRIVATE
        flowdesk_consoletestutil flowdesk_offline flowdesk_ui flowdesk_services flowdesk_models
        Qt6::Test Qt6::Widgets flowdesk_warnings)
    if(TARGET flowdeskd)
        add_dependencies(tst_console_${_suite} flowdeskd)
    endif()
endforeach()
add_dependencies(tst_console_cache cache_plain_probe)
target_compile_definitions(tst_console_cache PRIVATE CACHE_PLAIN_PROBE="$<TARGET_FILE:cache_plain_probe>")
target_link_libraries(tst_console_offline PRIVATE flowdesk_proto gRPC::grpc++)
add_test(NAME console_cache COMMAND tst_console_cache)
add_test(NAME console_offline COMMAND tst_console_offline)
# The keychain test talks to a real Secret Service: a private D-Bus session with
# gnome-keyring. It fails (never skips) when the keychain cannot be reached.
add_test(NAME console_keychain
    COMMAND dbus-run-session -- sh -c "echo flowdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$0\"" $<TARGET_FILE:tst_console_keychain>)
set_tests_properties(console_cache console_offline console_keychain PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# Payload editor of the exceptions workbench; one case loads failed payloads from a real flowdeskd.
add_executable(tst_console_payloadeditor tst_console_payloadeditor.cpp)
target_link_libraries(tst_console_payloadeditor PRIVATE flowdesk_consoletestutil flowdesk_ui flowdesk_services
    flowdesk_models Qt6::Test Qt6::Widgets flowdesk_warnings)
if(TARGET flowdeskd)
    add_dependencies(tst_console_payloadeditor flowdeskd)
endif()
add_test(NAME console_payloadeditor COMMAND tst_console_payloadeditor)
set_tests_properties(console_payloadeditor PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# Dashboards: flow tiles, charts, wallboard, stuck orders.
add_executable(tst_console_dashboard tst_console_dashboard.cpp)
target_link_libraries(tst_console_dashboard PRIVATE
    flowdesk_consoletestutil flowdesk_ui flowdesk_services flowdesk_models
    Qt6::Test Qt6::Widgets Qt6::Charts flowdesk_warnings)
if(TARGET flowdeskd)
    add_dependencies(tst_console_dashboard flowdeskd)
endif()
add_test(NAME console_dashboard COMMAND tst_console_dashboard)
set_tests_properties(console_dashboard PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# Administration pages: connectors and credentials, users and roles, the audit trail.
add_executable(tst_console_admin tst_console_admin.cpp)
target_link_libraries(tst_console_admin PRIVATE
    flowdesk_consoletestutil flowdesk_ui flowdesk_services flowdesk_models
    Qt6::Test Qt6::Widgets flowdesk_warnings)
if(TARGET flowdeskd)
    add_dependencies(tst_console_admin flowdeskd)
endif()
add_test(NAME console_admin COMMAND tst_console_admin)
set_tests_properties(console_admin PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# Exceptions workbench: the list model and services, and the page as a clerk uses it.
foreach(_suite exceptions exceptions_ui)
    add_executable(tst_console_${_suite} tst_console_${_suite}.cpp)
    target_link_libraries(tst_console_${_suite} PRIVATE
        flowdesk_consoletestutil flowdesk_ui flowdesk_services flowdesk_models
        Qt6::Test Qt6::Widgets flowdesk_warnings)
    target_include_directories(tst_console_${_suite} PRIVATE "${PROJECT_SOURCE_DIR}/ui/commands")
    if(TARGET flowdeskd)
        add_dependencies(tst_console_${_suite} flowdeskd)
    endif()
    add_test(NAME console_${_suite} COMMAND tst_console_${_suite})
    set_tests_properties(console_${_suite} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
endforeach()

# The exception workbench offline: saved pages and details, changes waiting in the outbox.
add_executable(tst_console_offline_exceptions tst_console_offline_exceptions.cpp)
target_link_libraries(tst_console_offline_exceptions PRIVATE
    flowdesk_consoletestutil flowdesk_offline flowdesk_ui flowdesk_services flowdesk_models
    Qt6::Test Qt6::Widgets flowdesk_warnings)
if(TARGET flowdeskd)
    add_dependencies(tst_console_offline_exceptions flowdeskd)
endif()
add_test(NAME console_offline_exceptions COMMAND tst_console_offline_exceptions)
set_tests_properties(console_offline_exceptions PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)

# What a person may do with a transaction, as the backend answers it, shown by the
# Exceptions page. flowdeskd runs in the test's process (a real server on a loopback
# port) so that a target system can be made to refuse its credentials.
if(TARGET flowdesk_apitestutil)
    add_executable(tst_console_allowed_actions tst_console_allowed_actions.cpp)
    target_link_libraries(tst_console_allowed_actions PRIVATE
        flowdesk_apitestutil flowdesk_ui flowdesk_services flowdesk_models
        Qt6::Test Qt6::Widgets flowdesk_warnings)
    target_include_directories(tst_console_allowed_actions PRIVATE "${PROJECT_SOURCE_DIR}/ui/commands")
    add_test(NAME console_allowed_actions COMMAND tst_console_allowed_actions)
    set_tests_properties(console_allowed_actions PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
endif()
