# Parser benchmarks: timex_speed (tagging throughput, chrono-node comparison). The scripts
# bench/score-corpora and bench/peer-suites run the built `annalist` and need no target.
add_executable(timex_speed ${CMAKE_CURRENT_LIST_DIR}/timex_speed.cpp)
target_link_libraries(timex_speed PRIVATE annalist_parser)
target_compile_definitions(timex_speed PRIVATE ANNALIST_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                               ANNALIST_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
annalist_warnings(timex_speed)
