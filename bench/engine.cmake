# Engine benchmarks: bench/engine_bench builds synthetic timelines and prints medians.
add_executable(engine_bench ${CMAKE_CURRENT_LIST_DIR}/engine_bench.cpp)
target_link_libraries(engine_bench PRIVATE annalist_engine)
annalist_warnings(engine_bench)
