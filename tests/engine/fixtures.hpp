// tests/engine/fixtures.hpp — small events and timelines written out in full, for engine tests.
#pragma once

#include <annalist/engine/timeline.hpp>

#include <string>
#include <vector>

namespace annalist::test {

// A day from "YYYY-MM-DD" (the test fails loudly on a typo).
inline date::sys_days day(const std::string& iso) {
  const auto range = parse_date_range(iso);
  if (!range) throw std::invalid_argument("bad test date " + iso);
  return range->first;
}

// An event over [start, end] ("YYYY[-MM[-DD]]": a year or month covers all its days).
inline Event event(std::string id, std::string document, std::string type, std::string trigger,
                   const std::string& start, const std::string& end, std::vector<std::string> actors = {},
                   EventStatus status = EventStatus::occurred, Bound bound = Bound::on) {
  Event e;
  e.id = std::move(id);
  e.document = std::move(document);
  e.type = std::move(type);
  e.trigger = std::move(trigger);
  e.status = status;
  e.actors = std::move(actors);
  e.sentence = "The " + e.trigger + " was reported.";
  e.span = {0, e.sentence.size()};
  const auto first = parse_date_range(start), last = parse_date_range(end);
  if (!first || !last) throw std::invalid_argument("bad test date " + start + " / " + end);
  e.time.text = start == end ? start : start + "-" + end;
  e.time.value = start;
  e.time.interval = {first->first, last->second,
                     start.size() == 4   ? Granularity::year
                     : start.size() == 7 ? Granularity::month
                                         : Granularity::day,
                     bound};
  return e;
}

inline Document document(std::string id, const std::string& dct = "2014-02-05") {
  return Document{id, "Title of " + id, day(dct), id + ".txt"};
}

// Ids of the events at `indices`, for readable CHECKs.
inline std::vector<std::string> ids(const Timeline& t, const std::vector<std::size_t>& indices) {
  std::vector<std::string> out;
  for (auto i : indices) out.push_back(t.events()[i].id);
  return out;
}

}  // namespace annalist::test
