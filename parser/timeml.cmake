# TimeML reading/writing (TempEval-3 corpora, WikiWars TIMEX2, ACE SGML) and TempEval-3 scoring.
target_sources(annalist_parser PRIVATE
  src/timeml/xml.cpp
  src/timeml/timeml.cpp
  src/timeml/tempeval.cpp
)
