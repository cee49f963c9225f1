# The event layer: document structure, the trigger lexicon, event extraction (label "events").
annalist_add_test_suite(parser_events_tests events
  events_structure_test.cpp
  events_lexicon_test.cpp
  events_extract_test.cpp
  events_documents_test.cpp
  events_attachment_test.cpp
  events_modern_test.cpp
)
target_link_libraries(parser_events_tests PRIVATE annalist_parser)
