# Engine benchmarks: bench/engine_bench builds synthetic timelines and prints medians.
add_executable(engine_bench ${CMAKE_CURRENT_LIST_DIR}/engine_bench.cpp)
target_link_libraries(engine_bench PRIVATE annalist_engine)
annalist_warnings(engine_bench)

# bench/json_bench: timeline JSON export/import speed at 1M events (issue 5's load target).
add_executable(json_bench ${CMAKE_CURRENT_LIST_DIR}/json_bench.cpp)
target_link_libraries(json_bench PRIVATE annalist_engine)
annalist_warnings(json_bench)
