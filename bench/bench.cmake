# Benchmarks: built with the project, run by hand (see bench/README.md); never
# part of CTest, since timings do not belong in tests.
add_executable(gen_dataset ${CMAKE_CURRENT_LIST_DIR}/gen_dataset.cpp)
target_link_libraries(gen_dataset PRIVATE flowdesk_engine flowdesk_store flowdesk_warnings)

add_executable(bench_first_page ${CMAKE_CURRENT_LIST_DIR}/bench_first_page.cpp)
target_link_libraries(bench_first_page PRIVATE flowdesk_api PkgConfig::SQLITE3 flowdesk_warnings)

add_executable(bench_bulk ${CMAKE_CURRENT_LIST_DIR}/bench_bulk.cpp)
target_link_libraries(bench_bulk PRIVATE flowdesk_api PkgConfig::SQLITE3 flowdesk_warnings)

add_executable(bench_dashboard ${CMAKE_CURRENT_LIST_DIR}/bench_dashboard.cpp)
target_link_libraries(bench_dashboard PRIVATE flowdesk_api PkgConfig::SQLITE3 flowdesk_warnings)

# Encrypted cache: SQLCipher writes against plain SQLite (a separate program, since
# both libraries export the same symbols), and cold start to drawn data from the cache.
add_executable(bench_cache_plain ${CMAKE_CURRENT_LIST_DIR}/bench_cache_plain.cpp)
target_link_libraries(bench_cache_plain PRIVATE PkgConfig::SQLITE3 flowdesk_warnings)
add_executable(bench_cache ${CMAKE_CURRENT_LIST_DIR}/bench_cache.cpp)
target_link_libraries(bench_cache PRIVATE flowdesk_offline flowdesk_models Qt6::Widgets flowdesk_warnings)
add_dependencies(bench_cache bench_cache_plain)

add_executable(bench_ingest ${CMAKE_CURRENT_LIST_DIR}/bench_ingest.cpp)
target_link_libraries(bench_ingest PRIVATE flowdesk_api PkgConfig::SQLITE3 flowdesk_warnings)
