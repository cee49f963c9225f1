# End-to-end tests of `annalist extract` (label "events").
annalist_add_test_suite(cli_extract_tests events extract_test.cpp)
target_link_libraries(cli_extract_tests PRIVATE annalist_cli_test_support)
add_dependencies(cli_extract_tests annalist)
