// The viewer's data: the loaded timeline, what the filters select, and the lanes built from it.
// No ImGui here; the panels edit a Filters value and call apply().
#pragma once

#include <annalist/engine/synthetic.hpp>  // synthetic_timeline, for --bench and tests
#include <annalist/engine/timeline.hpp>
#include <annalist/viewer/lanes.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::viewer {

// What the analyst restricts the view to. Empty sets do not restrict.
struct Filters {
  std::string text;                   // substring of trigger, sentence or time text
  std::vector<std::string> types;     // any of
  std::vector<std::string> actors;    // any of
  std::vector<EventStatus> statuses;  // any of
  std::string from;                   // ISO date or year, "" = open
  std::string to;
  bool hide_duplicates = false;
};

// Colour slots index the viewer's 11-colour palette; the last is the grey of "other".
inline constexpr std::uint8_t grey_slot = 10;
// The fixed colour slot of a type of the event taxonomy (docs/events.md), nullopt for another type.
std::optional<std::uint8_t> taxonomy_slot(std::string_view type);

class Model {
 public:
  // Loads timeline JSON files (our schema) and text files (extracted on load) and merges them.
  // Files that fail are reported in errors() and skipped; the rest still load.
  void load(const std::vector<std::filesystem::path>& paths);
  // Replaces the timeline (the --bench generator, tests).
  void set_timeline(Timeline timeline);

  const Timeline& timeline() const { return timeline_; }
  const std::vector<std::string>& errors() const { return errors_; }
  void add_error(std::string message);
  const std::vector<std::string>& sources() const { return sources_; }

  // Re-runs the engine's query with the filters and rebuilds lanes and facet counts.
  void apply(const Filters& filters, LaneKey key);
  void set_lane_key(LaneKey key);
  LaneKey lane_key() const { return lane_key_; }
  // At most this many lanes (the rest merged into one "other" lane, see assign_lanes): the view
  // sets it from the canvas height so that no lane falls below the bottom. Rebuilds the lanes
  // when it changes; the default is assign_lanes'.
  void set_max_lanes(std::size_t max_lanes);
  std::size_t max_lanes() const { return max_lanes_; }

  const std::vector<std::uint32_t>& shown() const { return shown_; }  // timeline order
  const std::vector<Lane>& lanes() const { return lanes_; }
  const Lane& all_lane() const { return all_lane_; }             // every event, for the minimap
  const FacetCounts& all_counts() const { return all_counts_; }  // unfiltered facet counts
  const FacetCounts& shown_counts() const { return shown_counts_; }
  // Filter value error (bad date), empty when the filters are valid.
  const std::string& filter_error() const { return filter_error_; }

  // Colour slot of a type (0..9, for colours and legend): a taxonomy type's own (taxonomy_slot),
  // the same in every timeline; another type a slot left free, by rank; else grey_slot.
  int type_slot(const std::string& type) const;
  // type_slot of an event's type; O(1).
  int type_slot_of(std::uint32_t event) const { return event_type_slot_[event]; }
  // When in its day an event happens, as a fraction of the day (10:35 is 0.441), for a one-day
  // event whose value has a clock time ("1998-08-07T10:35"); -1 for any other. O(1).
  float clock_of(std::uint32_t event) const { return event_clock_[event]; }
  // An event's bound and whether it is a duplicate, O(1) from a byte per event: the lanes ask for
  // every mark of every frame, and reading the Event itself is a cache miss at a million events.
  Bound bound_of(std::uint32_t event) const { return static_cast<Bound>(event_bound_dup_[event] & 0x7F); }
  bool is_duplicate(std::uint32_t event) const { return (event_bound_dup_[event] & 0x80) != 0; }
  // Span of all events in days [first, last) or nullopt for an empty timeline.
  std::optional<DayRange> data_span() const { return data_span_; }
  // Where most events lie: data_span() without a few far outliers (dense_day_range), taken per
  // loaded file and joined, so that no file is left out as an outlier of the others (ten events
  // of 2014 merged with 750 of the 1990s are a file the analyst opened, not stray dates).
  std::optional<DayRange> dense_span() const { return dense_span_; }

  // The shown events as a timeline of their own, with all documents and `periods`, for export.
  Timeline shown_timeline(const std::vector<Period>& periods) const;

 private:
  void rebuild_static();

  Timeline timeline_;
  std::vector<std::string> errors_;
  std::vector<std::string> sources_;
  std::vector<std::size_t> source_ends_;  // events in the timeline after each loaded file merged
  Filters filters_;
  LaneKey lane_key_ = LaneKey::type;
  std::size_t max_lanes_ = 24;
  std::vector<std::uint32_t> shown_;
  std::vector<Lane> lanes_;
  Lane all_lane_;
  FacetCounts all_counts_;
  FacetCounts shown_counts_;
  std::string filter_error_;
  std::vector<std::string> type_order_;
  std::vector<std::uint8_t> type_slots_;  // colour slot of type_order_[i]
  std::vector<std::uint8_t> event_type_slot_;
  std::vector<float> event_clock_;
  std::vector<std::uint8_t> event_bound_dup_;  // Bound in the low bits, 0x80 for a duplicate
  std::optional<DayRange> data_span_;
  std::optional<DayRange> dense_span_;
  // What lanes are built from, read once per timeline: every event's days, and its values for a
  // lane key (taken from the engine's index the first time the key is used).
  const FacetIds& lane_values(LaneKey key);
  EventDays days_;
  std::optional<FacetIds> lane_values_[4];  // by Facet
};

}  // namespace annalist::viewer
