// annalist/engine/event.hpp — a dated event and the document it came from.
#pragma once

#include <annalist/engine/interval.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// Whether, at the document's creation time, the event had happened, was going on, or was to come.
enum class EventStatus { occurred, ongoing, planned };

std::string_view to_string(EventStatus s);
std::optional<EventStatus> event_status_from_string(std::string_view s);

// The time an event is anchored to: the expression as written, its TIMEX3 value, and the
// uncertain interval it denotes.
struct EventTime {
  std::string text;   // "by the end of 2014"
  std::string value;  // TIMEX3 value, "2014"
  Interval interval;  // 2014-01-01 .. 2014-12-31, year, by
  friend bool operator==(const EventTime&, const EventTime&) = default;
};

// The time as a reader needs it: the text with the word of its bound, which the extractor's time
// text leaves out ("March 2014" bound before: "before March 2014"; "2012" since: "since 2012"),
// without which a reader would misdate the event. A text that says it already ("Since 2012") and
// an approximation, which keeps its own hedge ("early 2014"), are as they are. TimelineJS slides
// and the viewer's tooltip show it.
std::string time_with_bound(const EventTime& time);

// Byte offsets into the document's text, end exclusive.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

struct Event {
  std::string id;        // unique within a timeline
  std::string document;  // Document::id
  std::string type;      // taxonomy name, see docs/events.md ("adoption", "visit", ...)
  std::string trigger;   // the predicate as written ("approved", "official visit")
  EventStatus status = EventStatus::occurred;
  std::vector<std::string> actors;
  std::vector<std::string> places;
  std::string sentence;  // the source sentence
  TextSpan span;         // the sentence's bytes in the document
  EventTime time;
  // Id of an event from another document that reports the same happening (set by
  // Timeline::merge, see is_duplicate in timeline.hpp); empty for an original report.
  std::string duplicate_of;
  friend bool operator==(const Event&, const Event&) = default;
};

// A line of page chrome (a header date line, "Read 6289 times", a list of related publications)
// kept beside the timeline, not in it: its dates are not events of the document.
struct ChromeLine {
  std::string document;  // Document::id
  std::string kind;      // the parser's ChromeKind name: "date_line", "related_list", ...
  std::string text;      // the line without surrounding white space
  TextSpan span;         // the line's bytes in the document
  friend bool operator==(const ChromeLine&, const ChromeLine&) = default;
};

struct Document {
  std::string id;
  std::string title;
  date::sys_days dct;  // document creation time (the date the text is relative to)
  std::string path;
  friend bool operator==(const Document&, const Document&) = default;
};

}  // namespace annalist
