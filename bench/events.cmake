# Event-layer benchmark: events_bench (extraction throughput on the TBAQ corpus text).
add_executable(events_bench ${CMAKE_CURRENT_LIST_DIR}/events_bench.cpp)
target_link_libraries(events_bench PRIVATE annalist_parser)
target_compile_definitions(events_bench PRIVATE ANNALIST_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
annalist_warnings(events_bench)
