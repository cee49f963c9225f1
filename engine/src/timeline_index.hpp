// engine/src/timeline_index.hpp — the query index behind Timeline (private to the engine).
//
// Everything is stored by position in timeline order (start, end, insertion), so a query walks
// contiguous arrays. Strings are interned: a facet filter becomes a bitmap over ids.
#pragma once

#include <annalist/engine/timeline.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annalist::detail {

// Distinct strings with dense ids. The views point into the Timeline's events, which the index
// never outlives (any change to the events drops the index).
class Dictionary {
 public:
  std::uint32_t intern(std::string_view s) {
    const auto [it, inserted] = ids_.try_emplace(s, static_cast<std::uint32_t>(names_.size()));
    if (inserted) names_.push_back(s);
    return it->second;
  }
  std::size_t size() const { return names_.size(); }
  std::string_view name(std::uint32_t id) const { return names_[id]; }

 private:
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::vector<std::string_view> names_;
};

// Values per event in compressed-row form: the values of position k are
// ids[begin[k] .. begin[k + 1]).
struct MultiValues {
  std::vector<std::uint32_t> begin{0};
  std::vector<std::uint32_t> ids;
};

struct TimelineIndex {
  std::vector<std::uint32_t> event_at;  // position -> index into Timeline::events()
  std::vector<std::int32_t> start;      // days since 1970-01-01, by position
  std::vector<std::int32_t> end;
  // Positions grouped by interval length (a day, a month, a year, 4, 16 years, longer), each group
  // in timeline order. An overlap query looks, in each group, only at positions starting at most
  // that group's longest length before `from`: long "since 1990" intervals no longer force a scan
  // of every short event of the decades they cover.
  struct LengthClass {
    std::int32_t max_length = 0;           // the longest end - start in the class
    std::vector<std::uint32_t> positions;  // ascending
    std::vector<std::int32_t> starts;      // start of each position, ascending
  };
  static constexpr std::int32_t class_limits[] = {0, 31, 366, 4 * 366, 16 * 366};
  std::vector<LengthClass> classes = std::vector<LengthClass>(std::size(class_limits) + 1);

  Dictionary types, actors, places, documents;
  std::vector<std::uint32_t> type;  // by position
  std::vector<std::uint32_t> document;
  std::vector<std::uint8_t> status;
  std::vector<std::uint8_t> duplicate;
  MultiValues actor, place;

  explicit TimelineIndex(const std::vector<Event>& events);

  std::size_t size() const { return event_at.size(); }

  // Calls f(position) for every position whose interval overlaps [from, to], in order.
  template <class F>
  void for_each_overlapping(std::int32_t from, std::int32_t to, F&& f) const;
};

template <class F>
void TimelineIndex::for_each_overlapping(std::int32_t from, std::int32_t to, F&& f) const {
  if (from > to) return;
  // In each class, the candidates start in [from - max_length, to]; merge the classes' candidate
  // runs in position order (there are only a handful).
  struct Run {
    const std::uint32_t* next;
    const std::uint32_t* end;
  };
  Run runs[std::size(class_limits) + 1];
  std::size_t n_runs = 0;
  for (const auto& c : classes) {
    const auto lowest = static_cast<std::int64_t>(from) - c.max_length;
    const auto lo = std::lower_bound(c.starts.begin(), c.starts.end(), lowest,
                                     [](std::int32_t s, std::int64_t v) { return static_cast<std::int64_t>(s) < v; });
    const auto hi = std::upper_bound(lo, c.starts.end(), to);
    if (lo == hi) continue;
    const auto* base = c.positions.data();
    runs[n_runs++] = {base + (lo - c.starts.begin()), base + (hi - c.starts.begin())};
  }
  while (n_runs > 0) {
    std::size_t best = 0;
    for (std::size_t r = 1; r < n_runs; ++r)
      if (*runs[r].next < *runs[best].next) best = r;
    const std::uint32_t k = *runs[best].next++;
    if (runs[best].next == runs[best].end) runs[best] = runs[--n_runs];
    if (end[k] >= from) f(static_cast<std::size_t>(k));
  }
}

// The duplicate rule of is_duplicate() without its different-documents condition: same type,
// overlapping intervals, and a shared actor or (when either lists none) the same trigger.
bool same_happening(const Event& a, const Event& b);

// Grants the engine's own algorithms (compare.cpp) the index of a timeline.
struct TimelineAccess {
  static std::shared_ptr<const TimelineIndex> index(const Timeline& t);
};

}  // namespace annalist::detail
