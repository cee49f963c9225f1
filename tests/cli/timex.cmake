# End-to-end tests of `annalist timex` and `annalist eval` (TimeML I/O, TempEval-3 scoring).
annalist_add_test_suite(cli_timex_tests timeml
  timex_command_test.cpp
)
target_link_libraries(cli_timex_tests PRIVATE annalist_cli_test_support annalist_parser)
add_dependencies(cli_timex_tests annalist)
