// engine/src/timeline_index.hpp — the query index behind Timeline (private to the engine).
//
// Everything is stored by position in timeline order (start, end, insertion), so a query walks
// contiguous arrays. Strings are interned: a facet filter becomes a bitmap over ids.
//
// An overlap query [from, to] selects two kinds of positions, and timeline order puts them in two
// blocks: the *spanning* ones, which start before `from` and end on or after it, then every
// position starting inside [from, to] — one contiguous run of positions, found by two binary
// searches and selected without looking at its events. Only the spanning ones need work: they are
// looked for by interval length (see LengthClass), each class giving them in timeline order, and
// the classes' runs are merged.
#pragma once

#include <annalist/engine/actors.hpp>
#include <annalist/engine/timeline.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace annalist::detail {

// A day as the index stores it: days since 1970-01-01.
inline std::int32_t day_number(date::sys_days d) { return static_cast<std::int32_t>(d.time_since_epoch().count()); }

// The days next to the time an interval names: [start, end], but for "before" and "after" as long
// a stretch right before or after the named time ("before March 2014": 2014-01-29..02-28; "after
// 2013": 2014), inside possible_days(). Where the event is drawn (Timeline::event_days), and the
// time a report must share with another to tell the same happening: "before June 1943" may have
// been in 1914, but is no report of 1914's invasions.
constexpr PossibleDays nearby_days(const Interval& iv) {
  const PossibleDays possible = possible_days(iv);
  const date::days length = iv.end - iv.start + date::days{1};
  if (iv.bound == Bound::before)
    return {possible.last - possible.first < length ? possible.first : possible.last - length + date::days{1},
            possible.last};
  if (iv.bound == Bound::after)
    return {possible.first,
            possible.last - possible.first < length ? possible.last : possible.first + length - date::days{1}};
  return possible;
}

// Distinct strings with dense ids, in an open-addressing hash table. The names are copied into
// one block of characters: interning millions of mentions of a few thousand names then compares
// against memory that stays in cache, not against the events the names were first seen in.
class Dictionary {
 public:
  // The id of `s`, a new one (size() before the call) when `s` was not seen yet.
  std::uint32_t intern(std::string_view s);
  // The id of `s`, or nothing when it was not interned.
  std::optional<std::uint32_t> find(std::string_view s) const;
  std::size_t size() const { return offsets_.size() - 1; }
  std::string_view name(std::uint32_t id) const {
    return std::string_view(characters_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }

 private:
  // A slot holds the top 32 bits of the name's hash and its id + 1 (0: empty), so that most
  // mismatches are rejected without reading the name.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t id_plus_one = 0;
  };
  void grow();
  std::vector<Slot> slots_;              // size a power of two, at most half full
  std::string characters_;               // the names back to back
  std::vector<std::size_t> offsets_{0};  // name `id` is characters_[offsets_[id], offsets_[id + 1])
  std::vector<std::uint64_t> hashes_;    // by id, to rehash without reading names
};

// Values per event in compressed-row form: the values of position k are
// ids[begin[k] .. begin[k + 1]).
struct MultiValues {
  std::vector<std::uint32_t> begin{0};
  std::vector<std::uint32_t> ids;
  std::span<const std::uint32_t> of(std::size_t k) const {
    return std::span<const std::uint32_t>(ids).subspan(begin[k], begin[k + 1] - begin[k]);
  }
};

// Whether a and b have a value in common (short lists of ids: a nested scan).
inline bool share_a_value(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  return std::find_first_of(a.begin(), a.end(), b.begin(), b.end()) != a.end();
}

// Positions [first, last) of the index, in timeline order.
struct PositionRun {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::size_t size() const { return last - first; }
};

struct TimelineIndex {
  std::vector<std::uint32_t> event_at;  // position -> index into Timeline::events()
  std::vector<std::int32_t> start;      // days since 1970-01-01, by position; ascending
  std::vector<std::int32_t> end;

  // Positions grouped by interval length (a day, a month, a quarter, half a year, a year, 2, 4, 8,
  // 16 years, longer), each group in timeline order with its starts and ends beside it. An event
  // of a class can only span `from` when it starts at most the class's longest length before it,
  // so long "since 1990" intervals do not force a look at every short event of the decades they
  // cover. A single day cannot start before `from` and reach it: that class stays empty.
  struct LengthClass {
    std::int32_t max_length = 0;         // the longest end - start in the class
    std::vector<std::uint64_t> entries;  // position << 32 | event index, ascending
    std::vector<std::int32_t> starts;    // start of each entry, ascending
    std::vector<std::int32_t> ends;      // end of each entry
  };
  static constexpr std::int32_t class_limits[] = {0, 31, 92, 183, 366, 2 * 366, 4 * 366, 8 * 366, 16 * 366};
  static constexpr std::size_t class_count = std::size(class_limits) + 1;
  std::vector<LengthClass> classes = std::vector<LengthClass>(class_count);

  Dictionary types, actors, places, documents;
  std::vector<std::uint32_t> type;  // by position
  std::vector<std::uint32_t> document;
  std::vector<std::uint8_t> status;     // EventStatus
  std::vector<std::uint8_t> duplicate;  // 1 when duplicate_of is set
  MultiValues actor, place;             // actor: ids of actors (actor_groups), each once per position

  // The actors the names of `actors` denote (actors.hpp), grouped once per build.
  ActorGroups actor_groups;
  std::size_t actor_count() const { return actor_groups.display.size(); }
  std::string_view actor_display_name(std::uint32_t actor) const { return actors.name(actor_groups.display[actor]); }

  explicit TimelineIndex(const std::vector<Event>& events);

  std::size_t size() const { return event_at.size(); }

  // Where the positions overlapping [from, to] are: computed by binary searches only (O(log n)),
  // then read by for_each_spanning / count_spanning. Empty when from > to.
  struct OverlapScan {
    std::int32_t from = 0;
    PositionRun starting;  // every position starting inside [from, to]
    // The candidates for spanning `from`, per length class: entries [first, last) of the class.
    struct Candidates {
      const LengthClass* length_class = nullptr;
      std::size_t first = 0, last = 0;
    };
    Candidates candidates[class_count];
    std::size_t candidate_classes = 0;
    std::size_t candidate_count = 0;  // an upper bound of the spanning positions
  };
  OverlapScan scan_overlapping(std::int32_t from, std::int32_t to) const;

  // Calls f(position, event index) for each position that starts before scan.from and ends on
  // or after it, in timeline order (all of them precede scan.starting).
  template <class F>
  void for_each_spanning(const OverlapScan& scan, F&& f) const;
  // How many positions for_each_spanning(scan, ...) visits.
  std::size_t count_spanning(const OverlapScan& scan) const;

  // Calls f(position) for every position whose interval overlaps [from, to], in timeline order.
  template <class F>
  void for_each_overlapping(std::int32_t from, std::int32_t to, F&& f) const {
    const OverlapScan scan = scan_overlapping(from, to);
    for_each_spanning(scan, [&](std::size_t k, std::uint32_t) { f(k); });
    for (std::uint32_t k = scan.starting.first; k < scan.starting.last; ++k) f(static_cast<std::size_t>(k));
  }

 private:
  // Per-thread scratch memory for for_each_spanning, taken while in use so that a callback may
  // query again (compare_timelines does) without sharing it.
  static std::vector<std::uint64_t> take_scratch();
  static void give_back_scratch(std::vector<std::uint64_t> scratch);
};

namespace merging {

// Merges the ascending runs a and b into out (which has room for both); branch-free in the loop,
// since which run the next entry comes from is unpredictable.
inline std::uint64_t* merge(const std::uint64_t* a, const std::uint64_t* a_end, const std::uint64_t* b,
                            const std::uint64_t* b_end, std::uint64_t* out) {
  // Runs of different lengths often barely interleave (a year's events all start on January 1):
  // what precedes the other run's first entry is copied in one go.
  if (a != a_end && b != b_end) {
    if (*b < *a) {
      std::swap(a, b);
      std::swap(a_end, b_end);
    }
    const std::uint64_t* const stop = std::lower_bound(a, a_end, *b);
    out = std::copy(a, stop, out);
    a = stop;
  }
  while (a != a_end && b != b_end) {
    const bool from_a = *a < *b;
    *out++ = from_a ? *a : *b;
    a += from_a;
    b += !from_a;
  }
  out = std::copy(a, a_end, out);
  return std::copy(b, b_end, out);
}

}  // namespace merging

template <class F>
void TimelineIndex::for_each_spanning(const OverlapScan& scan, F&& f) const {
  if (scan.candidate_count == 0) return;
  const auto visit = [&](std::uint64_t entry) {
    f(static_cast<std::size_t>(entry >> 32), static_cast<std::uint32_t>(entry));
  };
  // Each class's spanning entries are collected in timeline order: one run per class, shortest
  // lengths first. Longer classes reach further back, so the runs are merged from the longest
  // down, and the entries that precede every shorter run are handed out before each merge: most
  // of a long class's entries are never moved at all.
  std::vector<std::uint64_t> scratch = take_scratch();
  scratch.resize(3 * scan.candidate_count);
  std::uint64_t* const merged[2] = {scratch.data() + scan.candidate_count, scratch.data() + 2 * scan.candidate_count};
  struct Run {
    const std::uint64_t* first;
    const std::uint64_t* last;
  };
  Run runs[class_count];
  std::uint64_t earliest[class_count];  // earliest[r]: the first entry of runs[0..r]
  std::size_t run_count = 0;
  std::uint64_t* out = scratch.data();
  for (std::size_t c = 0; c < scan.candidate_classes; ++c) {
    const auto& [length_class, first, last] = scan.candidates[c];
    const std::uint64_t* entries = length_class->entries.data();
    const std::int32_t* ends = length_class->ends.data();
    std::uint64_t* const run_first = out;
    for (std::size_t j = first; j < last; ++j) {
      *out = entries[j];
      out += ends[j] >= scan.from ? 1 : 0;
    }
    if (out == run_first) continue;
    earliest[run_count] = run_count == 0 ? *run_first : std::min(earliest[run_count - 1], *run_first);
    runs[run_count++] = {run_first, out};
  }
  if (run_count != 0) {
    Run pending = runs[run_count - 1];
    std::size_t target = 0;
    for (std::size_t r = run_count - 1; r-- > 0;) {
      while (pending.first != pending.last && *pending.first < earliest[r]) visit(*pending.first++);
      std::uint64_t* const merged_end =
          merging::merge(pending.first, pending.last, runs[r].first, runs[r].last, merged[target]);
      pending = {merged[target], merged_end};
      target = 1 - target;
    }
    std::for_each(pending.first, pending.last, visit);
  }
  give_back_scratch(std::move(scratch));
}

// Whether a and b have the same trigger (ASCII case ignored).
bool same_trigger(const Event& a, const Event& b);

// Whether the sentences of a and b share a name: a word of three or more letters starting with a
// capital, not the first of its sentence, not inside the time expression, not a month or weekday
// and not the trigger ("Kenya" in "the bombings in Kenya and Tanzania" and "killed 247 people in
// Kenya"). Without actors, the same trigger alone ("sales", "earned", "said") joins the reports of
// different companies and speakers; a shared name says the two sentences tell one story.
bool share_a_name(const Event& a, const Event& b);

// The duplicate rule of is_duplicate() without its different-documents condition: same type,
// overlapping nearby_days(), and a shared actor — share_actor(), called only when both list actors —
// or (when either lists no actors) the same trigger and a name in both sentences.
template <class ShareActor>
bool same_happening(const Event& a, const Event& b, ShareActor&& share_actor) {
  const PossibleDays x = nearby_days(a.time.interval), y = nearby_days(b.time.interval);
  if (a.type != b.type || x.first > y.last || y.first > x.last) return false;
  if (a.actors.empty() || b.actors.empty()) return same_trigger(a, b) && share_a_name(a, b);
  return share_actor();
}

// Where the duplicate rule (same_happening) can find the original of an event among the positions
// of an index: those of the event's type that name one of its actors, or that have its trigger
// where either side lists no actors. Merge and mark_duplicates both search here, so that one rule
// decides both and a corpus of thousands of same-day reports does not cost events x overlaps.
// Positions without actors are kept apart by trigger: an event with actors meets a position with
// actors only through a shared actor, so the trigger run of "said" need not be walked for it.
class HappeningCandidates {
 public:
  static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

  // `actors`: the actor ids of each position of `index`; the ids a query passes must come from the
  // same numbering. Positions k with (*left_out)[k] are never candidates. `index` and `events`
  // must outlive this.
  HappeningCandidates(const TimelineIndex& index, const std::vector<Event>& events, const MultiValues& actors,
                      const std::vector<std::uint8_t>* left_out = nullptr);

  // The first position in timeline order whose possible days overlap e's nearby_days() (where
  // same_happening can meet it), that shares e's type and one of `actor_ids` or (where either
  // lists no actors) e's trigger, and for which is_original(position) holds — is_original applies
  // the rest of the rule. `none` when no position qualifies. Visits candidates in ascending
  // position per group, stopping early.
  template <class IsOriginal>
  std::uint32_t first_original(const Event& e, std::span<const std::uint32_t> actor_ids,
                               IsOriginal&& is_original) const {
    const PossibleDays days = nearby_days(e.time.interval);  // what same_happening needs to meet
    return first_original(e, actor_ids, day_number(days.first), day_number(days.last), is_original);
  }
  // The same among the positions overlapping [from, to] (days inside e's).
  template <class IsOriginal>
  std::uint32_t first_original(const Event& e, std::span<const std::uint32_t> actor_ids, std::int32_t from,
                               std::int32_t to, IsOriginal&& is_original) const;
  // The same among the positions whose possible days are e's: a binary search into each group,
  // where positions of equal days are adjacent (timeline order sorts by them).
  template <class IsOriginal>
  std::uint32_t first_alike(const Event& e, std::span<const std::uint32_t> actor_ids, IsOriginal&& is_original) const;

 private:
  struct Group {
    std::vector<std::uint32_t> positions;  // ascending, so their starts ascend too
    std::int32_t longest = 0;              // the longest end - start among them
  };
  static std::uint64_t key(std::uint32_t type, std::uint32_t value) { return std::uint64_t{type} << 32 | value; }
  static const Group* find(const std::unordered_map<std::uint64_t, Group>& groups, std::uint64_t key) {
    const auto it = groups.find(key);
    return it == groups.end() ? nullptr : &it->second;
  }
  // The id of `trigger` in lower case among the positions' triggers, or nothing.
  std::optional<std::uint32_t> trigger_id(std::string_view trigger) const;
  // Calls search(group) for each group where e's candidates are.
  template <class Search>
  void for_each_group(const Event& e, std::span<const std::uint32_t> actor_ids, Search&& search) const;

  const TimelineIndex* index_;
  Dictionary triggers_;                                     // in lower case (same_trigger ignores case)
  std::unordered_map<std::uint64_t, Group> by_actor_;       // type, actor -> positions
  std::unordered_map<std::uint64_t, Group> by_trigger_[2];  // [0] positions without actors, [1] with
};

template <class Search>
void HappeningCandidates::for_each_group(const Event& e, std::span<const std::uint32_t> actor_ids,
                                         Search&& search) const {
  const std::optional<std::uint32_t> type = index_->types.find(e.type);
  if (!type) return;
  const auto visit = [&](const Group* group) {
    if (group) search(*group);
  };
  if (const auto trigger = trigger_id(e.trigger)) {
    visit(find(by_trigger_[0], key(*type, *trigger)));
    if (e.actors.empty()) visit(find(by_trigger_[1], key(*type, *trigger)));
  }
  for (const std::uint32_t actor : actor_ids) visit(find(by_actor_, key(*type, actor)));
}

template <class IsOriginal>
std::uint32_t HappeningCandidates::first_original(const Event& e, std::span<const std::uint32_t> actor_ids,
                                                  std::int32_t from, std::int32_t to, IsOriginal&& is_original) const {
  std::uint32_t first = none;
  for_each_group(e, actor_ids, [&](const Group& group) {
    const auto& starts = index_->start;
    // Nothing starting more than the group's longest interval before `from` reaches it.
    auto it = std::lower_bound(group.positions.begin(), group.positions.end(), std::int64_t{from} - group.longest,
                               [&](std::uint32_t k, std::int64_t day) { return starts[k] < day; });
    for (; it != group.positions.end() && *it < first && starts[*it] <= to; ++it)
      if (index_->end[*it] >= from && is_original(*it)) first = *it;
  });
  return first;
}

template <class IsOriginal>
std::uint32_t HappeningCandidates::first_alike(const Event& e, std::span<const std::uint32_t> actor_ids,
                                               IsOriginal&& is_original) const {
  const PossibleDays days = possible_days(e.time.interval);
  const std::pair<std::int32_t, std::int32_t> wanted{day_number(days.first), day_number(days.last)};
  std::uint32_t first = none;
  for_each_group(e, actor_ids, [&](const Group& group) {
    const auto days_at = [&](std::uint32_t k) { return std::pair{index_->start[k], index_->end[k]}; };
    auto it = std::lower_bound(group.positions.begin(), group.positions.end(), wanted,
                               [&](std::uint32_t k, const auto& d) { return days_at(k) < d; });
    for (; it != group.positions.end() && *it < first && days_at(*it) == wanted; ++it)
      if (is_original(*it)) first = *it;
  });
  return first;
}

// Actors over the names of two timelines together (compare_timelines): the identity rule
// applied to every name of both, so that a name is grouped alike on both sides.
struct JointActors {
  MultiValues actors[2];           // per timeline, by position of its index: joint actor ids, each once
  std::vector<std::string> names;  // joint actor id -> display name
  // Whether position ka of the first timeline and kb of the second name a common actor.
  bool share(std::size_t ka, std::size_t kb) const;
};
JointActors joint_actors(const std::vector<Event>& events_a, const TimelineIndex& a, const std::vector<Event>& events_b,
                         const TimelineIndex& b);

// Grants the engine's own algorithms (compare.cpp) the index of a timeline.
struct TimelineAccess {
  static std::shared_ptr<const TimelineIndex> index(const Timeline& t);
};

}  // namespace annalist::detail
