// annalist/engine/timeline.hpp — dated events from many documents, queried by time and facets.
//
// A Timeline owns documents, events and named periods as plain values (see event.hpp). Queries
// run on an index built from them: events in timeline order, grouped by interval length so that an
// overlap query only looks at events that can reach the range, and interned ids for type, actor,
// place, status and document (a facet filter compares integers, not strings). The index is built
// by the first query after a change, or explicitly with build_index() (bench/engine_bench).
//
// Thread safety: const member functions may be called concurrently; mutation needs exclusive
// access, as for any standard container.
#pragma once

#include <annalist/engine/event.hpp>

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace annalist {

namespace detail {
struct TimelineIndex;
struct TimelineAccess;

// Memory for large tables read at random: blocks of 2 MB and more are aligned to 2 MB and marked
// for transparent huge pages, so that each lookup does not also miss the TLB (a page walk, twice
// as long in a virtual machine). Smaller blocks come from operator new.
void* allocate_table(std::size_t bytes);
void free_table(void* p, std::size_t bytes) noexcept;
template <class T>
struct TableAllocator {
  using value_type = T;
  TableAllocator() = default;
  template <class U>
  TableAllocator(const TableAllocator<U>&) {}
  T* allocate(std::size_t n) { return static_cast<T*>(allocate_table(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { free_table(p, n * sizeof(T)); }
  friend bool operator==(const TableAllocator&, const TableAllocator&) { return true; }
};

// The ids of a timeline's events, for add_event's uniqueness check: an open-addressing table of
// event indices keyed by a hash of the id (8 bytes per slot, where a set of strings would keep a
// copy of every id in a node of its own).
class EventIdTable {
 public:
  // Whether an event of `events` has this id (the table holds indices into `events`).
  bool contains(std::string_view id, const std::vector<Event>& events) const;
  // Records that events[index] has its id; false (and no change) when another event has it.
  bool insert(std::size_t index, const std::vector<Event>& events);
  // Asks the CPU to fetch the slot where `id` would go: a hint before insert(), which otherwise
  // waits for memory once per id in a table of millions.
  void prefetch(std::string_view id) const;
  // Makes room for `count` ids in all.
  void reserve(std::size_t count);

 private:
  struct Slot {
    std::uint32_t hash = 0;            // 32 bits of the id's hash; the low bits choose the slot
    std::uint32_t index_plus_one = 0;  // 0: empty
  };
  void rehash(std::size_t slot_count);
  std::vector<Slot, TableAllocator<Slot>> slots_;  // size a power of two, at most 70 % full
  std::size_t size_ = 0;
};
}  // namespace detail

// A named stretch of time, both days inclusive. Invariant: start <= end.
struct Period {
  std::string name;  // "2012..2013", "concept" — how the period is shown in tables and JSON
  date::sys_days start;
  date::sys_days end;
  friend bool operator==(const Period&, const Period&) = default;
};

// The days a date argument names: "2014" is 2014-01-01..2014-12-31, "2014-02" is February 2014,
// "2014-02-05" is that day. nullopt when `text` is none of these or not a real date (month 13,
// Feb 30, year 0; date_error says which).
std::optional<std::pair<date::sys_days, date::sys_days>> parse_date_range(std::string_view text);

// Why a date is refused, for a message that quotes it first ("\"2014-02-30\" " + ...): what is
// impossible in it when it has the form YYYY[-MM[-DD]] — "is not a date: February 2014 has 28
// days", "is not a date: there is no month 13", "is not a date: year 0 does not exist" —
// else "is not a date (" + form + ")", `form` being how the caller's dates are written
// ("YYYY-MM-DD"). Every front end words its date errors with it, so that they read alike.
std::string date_error(std::string_view text, std::string_view form);

// A period argument: "2012..2013", "2012-01..2013-06-30" or "NAME=2012..2013". Without a name
// the period is named after its text ("2012..2013"). nullopt when either end is not a date or
// the end precedes the start.
std::optional<Period> parse_period(std::string_view text);

// Why parse_period refuses `text`, for a message that quotes it first: "is not a period:
// \"2014-02-30\" is not a date: February 2014 has 28 days", "is not a period: it ends (2012)
// before it starts (2014)", "is not a period: the name before '=' is empty", else "is not a
// period (2012..2013, 2014-01..2020-06-30 or NAME=2012..2013)".
std::string period_error(std::string_view text);

// Days as ISO 8601 "YYYY-MM-DD" (years 1..9999).
std::string to_iso_date(date::sys_days day);

// Which events a query selects. Every set criterion must hold (AND); within one facet any of the
// listed values may match (OR). Empty lists and unset dates do not restrict. Facet values are
// matched without regard to ASCII case; an actor or place also matches when the value is one or
// more whole words of the name ("Nazarbayev" matches "President Nursultan Nazarbayev"). An actor
// value selects every name of the actors it matches (actors.hpp): "James Kopp" also selects the
// events of "James C. Kopp" when the timeline's names make them one actor.
struct EventFilter {
  std::optional<date::sys_days> from;  // the event's interval overlaps [from, to]
  std::optional<date::sys_days> to;
  std::vector<std::string> types;
  std::vector<std::string> actors;
  std::vector<std::string> places;
  std::vector<EventStatus> statuses;
  std::vector<std::string> documents;  // Document::id
  std::string text;                    // substring (ASCII case ignored) of trigger, sentence or time text
  bool skip_duplicates = false;        // leave out events whose duplicate_of is set
};

// How many selected events carry each value of a facet, most frequent first, then by name. Actors
// are counted per actor (actors.hpp), under its display name: once per event, whichever of its
// names the event uses.
struct FacetCount {
  std::string value;
  std::size_t count = 0;
  friend bool operator==(const FacetCount&, const FacetCount&) = default;
};
struct FacetCounts {
  std::vector<FacetCount> types, actors, places, statuses, documents;
};

// The facets whose values are names (see Timeline::facet_ids).
enum class Facet { type, actor, place, document };

// One facet's values of every event as dense ids, for grouping many events without comparing
// strings. Invariants: begin.size() == events + 1, begin ascending from 0 to ids.size(), every id
// < names.size(). For Facet::actor an id is an actor (actors.hpp), named by its display name, and
// an event has each actor once, as facet_counts counts them.
struct FacetIds {
  // id -> the value as written (an actor: its display name), in order of first appearance
  std::vector<std::string> names;
  std::vector<std::uint32_t> begin;  // event i has the values ids[begin[i] .. begin[i + 1])
  std::vector<std::uint32_t> ids;
};

// Start and end day (days since 1970-01-01, both inclusive) of every event, by event index.
// Invariants: starts.size() == ends.size() == the number of events; starts[i] <= ends[i].
struct EventDays {
  std::vector<std::int32_t> starts;
  std::vector<std::int32_t> ends;
};

class Timeline {
 public:
  Timeline();
  Timeline(const Timeline& other);
  Timeline(Timeline&& other) noexcept;
  Timeline& operator=(const Timeline& other);
  Timeline& operator=(Timeline&& other) noexcept;
  ~Timeline();

  // Adds a document. Throws std::invalid_argument when another document has the same id.
  void add_document(Document document);
  // Adds an event and returns its index in events(). An empty id is replaced by a fresh one
  // ("e1", "e2", ...). Throws std::invalid_argument when the id is taken or the interval has
  // start > end.
  std::size_t add_event(Event event);
  // Moves `events` into the timeline in order, as add_event would one at a time, but faster for
  // many (the id table is fetched ahead); the caller keeps the emptied elements and their memory.
  // Throws as add_event at the first event it refuses; the events before that one are added, so
  // events().size() tells which it was.
  void add_events(std::span<Event> events);
  // Makes room for `events` events in all, so that adding them does not reallocate.
  void reserve(std::size_t events);
  // Adds a named period, or replaces the one with the same name.
  void add_period(Period period);
  // Keeps a line of page chrome beside the events (see ChromeLine); it is never queried.
  void add_chrome(ChromeLine line) { chrome_.push_back(std::move(line)); }

  const std::vector<Document>& documents() const { return documents_; }
  const std::vector<Event>& events() const { return events_; }  // in the order they were added
  const std::vector<Period>& periods() const { return periods_; }
  const std::vector<ChromeLine>& chrome() const { return chrome_; }
  const Document* find_document(std::string_view id) const;
  const Period* find_period(std::string_view name) const;

  // Adds `other`'s documents, events, periods and chrome to this timeline. Nothing is lost:
  //  - an incoming document whose id is taken by a different document is renamed ("doc-2") and
  //    its events follow; an identical document is kept once;
  //  - an incoming event equal to ours with the same id is already present and kept once; any
  //    other incoming event whose id is taken gets a fresh id;
  //  - duplicates are marked as mark_duplicates marks the merged timeline (documents in the order
  //    added, ours first; actors grouped over all names): `other`'s events are marked afresh, and
  //    ours keep their marks unless `other`'s names change who one of our names is, or `other`
  //    adds events to one of our documents; then every mark is made afresh. So merging documents
  //    one by one, or extracts of parts, marks what extracting them in one go marks;
  //  - chrome lines follow their document (and are kept once for an identical document);
  //  - periods are added unless one with the same name exists (ours wins).
  void merge(Timeline other);

  // Marks the events that report the same happening as an event of an earlier-added document
  // (is_duplicate, actors grouped over all names of the timeline): duplicate_of = the id of that
  // document's event, chosen as merging the documents one by one would (one candidate search
  // serves both). For a timeline built document by document (annalist extract of several
  // files), so that it counts each happening once, as merged timelines do. Events already
  // marked keep their mark; returns how many were marked.
  std::size_t mark_duplicates();

  // Indices into events() of the events `filter` selects, ordered by start day, then end day,
  // then insertion order (the timeline order, see docs/engine.md).
  std::vector<std::size_t> query(const EventFilter& filter) const;
  // The same into `out` (cleared first), reusing its memory: for callers that query again and
  // again, such as a view redrawn on every frame.
  void query(const EventFilter& filter, std::vector<std::size_t>& out) const;
  // Number of events `filter` selects; faster than query(filter).size() (a date range alone is
  // counted without visiting the events that start inside it).
  std::size_t count(const EventFilter& filter) const;
  // Calls visit(i) for the index i into events() of every event `filter` selects, in the order of
  // query(filter), without building the list. `visit` must not change this timeline.
  void for_each(const EventFilter& filter, const std::function<void(std::size_t)>& visit) const;
  // Facet counts over the selected events.
  FacetCounts facet_counts(const EventFilter& filter) const;
  // Every event's values of `facet` as ids (by event index): what the index interned already,
  // so that a caller grouping a million events (the viewer's lanes) hashes no string.
  FacetIds facet_ids(Facet facet) const;
  // Every event's days to draw (by event index), from the index: a caller laying out a million
  // events (the viewer's lanes) reads 8 bytes per event rather than scattered Events. The
  // interval's [start, end], but "before" and "after" as long a stretch right before or after the
  // named time ("before March 2014": 2014-01-29..02-28), since their possible days reach the edge
  // of time (only their Events are read).
  EventDays event_days() const;
  // All event indices in timeline order.
  std::vector<std::size_t> ordered() const { return query(EventFilter{}); }

  // A timeline of the events at `indices` (in that order, ids kept), the documents they come
  // from, and all periods: what a query selected, ready to write as JSON.
  Timeline select(const std::vector<std::size_t>& indices) const;

  // The first and last day of event_days() over all events; nullopt for an empty timeline.
  std::optional<Period> span() const;

  // Builds the query index now rather than at the first query.
  void build_index() const;

 private:
  friend struct detail::TimelineAccess;
  std::shared_ptr<const detail::TimelineIndex> index() const;
  void invalidate();
  // mark_duplicates for the events of documents ranked first_rank or later (in the order added;
  // an event of no known document ranks last); the others keep their marks and stay originals
  // or copies as they are.
  std::size_t mark_duplicates_from(std::size_t first_rank);

  std::vector<Document> documents_;
  std::vector<Event> events_;
  std::vector<Period> periods_;
  std::vector<ChromeLine> chrome_;
  std::size_t next_id_ = 1;
  mutable std::mutex index_mutex_;
  mutable std::shared_ptr<const detail::TimelineIndex> index_;  // null until built; reset by every change
  detail::EventIdTable event_ids_;                              // ids in events_, for uniqueness
  // Document::id -> index in documents_; looked up by string_view without a copy.
  struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>> document_ids_;
};

// The duplicate rule (docs/engine.md): `a` and `b` report the same happening when they come from
// different documents, have the same type, their intervals overlap, and they share an actor or,
// when either lists no actors, have the same trigger (ASCII case ignored) and their sentences
// share a name (a capitalised word, not the first of its sentence, not a date word; the trigger
// alone joins the "sales" of different companies). Sharing an actor is
// the identity rule of actors.hpp applied to the names of `a` and `b` alone; Timeline::merge and
// mark_duplicates apply it to all names of the timeline ("Gonzalez" then matches "Elian Gonzalez"
// only when no other Gonzalez is named).
bool is_duplicate(const Event& a, const Event& b);

}  // namespace annalist
