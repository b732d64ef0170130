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
# Offline work: the encrypted cache (SQLCipher; never plain SQLite in this program).
target_sources(flowdesk PRIVATE offlinesupport.h offlinesupport.cpp)
target_link_libraries(flowdesk PRIVATE flowdesk_offline)

# The German translation, compiled and embedded under :/i18n. lupdate reads every
# console layer, subfolders included (build target flowdesk_lupdate refreshes the
# .ts file, and drops what it does not find: it must see every source).
file(GLOB_RECURSE _flowdesk_tr_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/models/*.cpp" "${PROJECT_SOURCE_DIR}/models/*.h"
    "${PROJECT_SOURCE_DIR}/services/*.cpp" "${PROJECT_SOURCE_DIR}/services/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")
qt_add_translations(flowdesk
    TS_FILES "${PROJECT_SOURCE_DIR}/translations/flowdesk_de.ts"
    SOURCES ${_flowdesk_tr_sources}
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS -no-obsolete)

# English plural forms ("1 selected transaction", "3 selected transactions") for
# the texts with %n: kept by hand in flowdesk_en.ts, outside lupdate, which would
# fill it with every other text; embedded beside the German one.
set(_flowdesk_en_qm "${CMAKE_CURRENT_BINARY_DIR}/flowdesk_en.qm")
add_custom_command(OUTPUT "${_flowdesk_en_qm}"
    COMMAND Qt6::lrelease -silent "${PROJECT_SOURCE_DIR}/translations/flowdesk_en.ts" -qm "${_flowdesk_en_qm}"
    DEPENDS "${PROJECT_SOURCE_DIR}/translations/flowdesk_en.ts"
    VERBATIM)
qt_add_resources(flowdesk flowdesk_plurals
    PREFIX "/i18n"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES "${_flowdesk_en_qm}")
