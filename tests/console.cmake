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
