// The bundled lexicon files, compiled into the library (generated from data/ by
// parser/events.cmake, so the program needs no data directory at run time).
#pragma once

#include <string_view>

namespace annalist::events_detail {

extern const std::string_view builtin_event_triggers;  // data/event-triggers.tsv
extern const std::string_view builtin_gazetteer;       // data/gazetteer.tsv
extern const std::string_view builtin_given_names;     // data/given-names.tsv

}  // namespace annalist::events_detail
