# The event layer: document structure (paragraphs, sentences, page chrome), the trigger lexicon
# and gazetteer, and dated event extraction. Owned by the "events" part of parser/.
#
# The lexicon files in data/ are compiled into the library (a generated .cpp holding their text),
# so `annalist extract` needs no data directory at run time; editing them re-runs configuration.
set(_annalist_event_data ${ANNALIST_DATA_DIR}/event-triggers.tsv ${ANNALIST_DATA_DIR}/gazetteer.tsv
                          ${ANNALIST_DATA_DIR}/given-names.tsv)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_annalist_event_data})
file(READ ${ANNALIST_DATA_DIR}/event-triggers.tsv ANNALIST_EVENT_TRIGGERS_TEXT)
file(READ ${ANNALIST_DATA_DIR}/gazetteer.tsv ANNALIST_GAZETTEER_TEXT)
file(READ ${ANNALIST_DATA_DIR}/given-names.tsv ANNALIST_GIVEN_NAMES_TEXT)
configure_file(${CMAKE_CURRENT_LIST_DIR}/src/events/builtin_lexicon.cpp.in
               ${CMAKE_CURRENT_BINARY_DIR}/events/builtin_lexicon.cpp @ONLY)

target_sources(annalist_parser PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/src/events/structure.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events/lexicon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events/tokens.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events/entities.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events/predicates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events/extract.cpp
  ${CMAKE_CURRENT_BINARY_DIR}/events/builtin_lexicon.cpp
)
target_include_directories(annalist_parser PRIVATE ${CMAKE_CURRENT_LIST_DIR}/src/events)
