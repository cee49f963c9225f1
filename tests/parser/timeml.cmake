# TimeML reading/writing and TempEval-3 scoring, plus the corpus-score regression test, which runs
# the grammar over a sample of TBAQ documents when ../shared is present.
annalist_add_test_suite(parser_timeml_tests timeml
  timeml_document_test.cpp
  timeml_tempeval_test.cpp
  timeml_corpus_test.cpp
)
target_link_libraries(parser_timeml_tests PRIVATE annalist_parser)
