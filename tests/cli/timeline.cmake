# End-to-end tests of `annalist query`, `compare` and `export` (label "engine").
annalist_add_test_suite(cli_timeline_tests engine
  timeline_query_test.cpp
  timeline_compare_test.cpp
  timeline_export_test.cpp
)
target_link_libraries(cli_timeline_tests PRIVATE annalist_cli_test_support)
add_dependencies(cli_timeline_tests annalist)
