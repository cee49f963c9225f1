annalist_add_test_suite(parser_timex_tests parser
  time_expression_test.cpp
  timex_grammar_test.cpp
  timex_interval_test.cpp
  timex_seed_test.cpp
  timex_peers_test.cpp
  timex_holidays_test.cpp
  timex_policy_test.cpp
  timex_anchor_test.cpp
)
target_link_libraries(parser_timex_tests PRIVATE annalist_parser)
# The grammar-vocabulary test reads the driver's internal header (parser/src/timex/families.hpp).
target_include_directories(parser_timex_tests PRIVATE ${PROJECT_SOURCE_DIR}/parser/src/timex)
