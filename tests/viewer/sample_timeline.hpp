// tests/viewer/sample_timeline.hpp — a small timeline the viewer's tests share.
#pragma once

#include <annalist/engine/timeline.hpp>

#include <date/date.h>

namespace annalist::test {

inline date::sys_days sd(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

// One document (DCT 2014-02-05) and three events: e1 a visit on 2014-05-01 (Kazakhstan), e2 a
// planned visit in January 2015 (Russia), e3 an adoption in December 2012 (Kazakhstan).
inline Timeline sample_timeline() {
  Timeline t;
  t.add_document({"doc", "A document", sd(2014, 2, 5), ""});
  const auto add = [&](std::string id, std::string type, date::sys_days start, date::sys_days end,
                       std::vector<std::string> actors, EventStatus status) {
    Event e;
    e.id = std::move(id);
    e.document = "doc";
    e.type = std::move(type);
    e.trigger = e.type + " trigger";
    e.status = status;
    e.actors = std::move(actors);
    e.sentence = "In 2014 something happened.";
    e.time = {"2014", "2014", Interval{start, end, Granularity::day, Bound::on}};
    t.add_event(std::move(e));
  };
  add("e1", "visit", sd(2014, 5, 1), sd(2014, 5, 1), {"Kazakhstan"}, EventStatus::occurred);
  add("e2", "visit", sd(2015, 1, 1), sd(2015, 1, 31), {"Russia"}, EventStatus::planned);
  add("e3", "adoption", sd(2012, 12, 1), sd(2012, 12, 31), {"Kazakhstan"}, EventStatus::occurred);
  return t;
}

}  // namespace annalist::test
