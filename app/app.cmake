# The flowdesk console executable and its composition root.
qt_add_executable(flowdesk
    main.cpp
    commandline.h
    commandline.cpp
    consoleapp.h
    consoleapp.cpp
)
target_link_libraries(flowdesk PRIVATE flowdesk_ui flowdesk_services flowdesk_models
    Qt6::Widgets spdlog::spdlog flowdesk_warnings)
target_compile_definitions(flowdesk PRIVATE FLOWDESK_VERSION="${PROJECT_VERSION}")

# The German translation, compiled and embedded under :/i18n.
qt_add_translations(flowdesk
    TS_FILES "${PROJECT_SOURCE_DIR}/translations/flowdesk_de.ts"
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS -no-obsolete)
