// Loading, filtering (through the engine's query) and lane building for the viewer.
#include "model.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/parser/events.hpp>

#include <algorithm>
#include <iostream>
#include <unordered_map>

namespace annalist::viewer {

namespace {

// A timeline JSON is recognised by its extension; anything else is read as a text document.
bool is_timeline_json(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".json";
}

Timeline timeline_of_text(const std::filesystem::path& path) {
  const std::string text = read_text_file(path);
  // As extract refuses it: an empty window would say "no events" of a file that holds no text.
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw InputError(path.string(), 0, 0, "empty document (no text to extract events from)");
  ExtractOptions options;
  options.document_id = path.stem().string();
  options.path = path.string();
  ExtractedDocument extracted = extract_document(text, options);
  Timeline timeline;
  timeline.add_document(extracted.document);
  for (Event& e : extracted.events) timeline.add_event(std::move(e));
  return timeline;
}

}  // namespace

void Model::add_error(std::string message) {
  std::cerr << "annalist-view: " << message << '\n';
  errors_.push_back(std::move(message));
}

void Model::load(const std::vector<std::filesystem::path>& paths) {
  bool first = timeline_.events().empty() && timeline_.documents().empty();
  for (const auto& path : paths) {
    try {
      Timeline loaded = is_timeline_json(path) ? read_timeline(path) : timeline_of_text(path);
      if (first) {
        timeline_ = std::move(loaded);
        first = false;
      } else {
        timeline_.merge(std::move(loaded));
      }
      sources_.push_back(path.filename().string());
      source_ends_.push_back(timeline_.events().size());
    } catch (const std::exception& e) {
      // InputError already names the file; other errors get it here.
      const std::string what = e.what();
      add_error(what.find(path.string()) == std::string::npos ? path.string() + ": " + what : what);
    }
  }
  rebuild_static();
}

void Model::set_timeline(Timeline timeline) {
  timeline_ = std::move(timeline);
  source_ends_.clear();
  rebuild_static();
}

void Model::rebuild_static() {
  timeline_.build_index();
  for (auto& values : lane_values_) values.reset();
  all_counts_ = timeline_.facet_counts(EventFilter{});
  type_order_.clear();
  for (const auto& t : all_counts_.types) type_order_.push_back(t.value);
  // Colour slots: each type of the taxonomy has its own, the same in every timeline, so that two
  // files (or two screenshots) can be compared at a glance; a type from elsewhere takes a slot no
  // taxonomy type of this timeline uses, busiest first, then the grey. By type id (a few names),
  // then per event through its id: no string per event.
  type_slots_.assign(type_order_.size(), grey_slot);
  std::vector<bool> taken(grey_slot + 1, false);
  for (std::size_t i = 0; i < type_order_.size(); ++i)
    if (const auto slot = taxonomy_slot(type_order_[i])) {
      type_slots_[i] = *slot;
      taken[*slot] = true;
    }
  for (std::size_t i = 0; i < type_order_.size(); ++i) {
    if (taxonomy_slot(type_order_[i])) continue;
    const auto free = std::find(taken.begin(), taken.end() - 1, false);  // the grey is never handed out
    if (free == taken.end() - 1) break;
    *free = true;
    type_slots_[i] = static_cast<std::uint8_t>(free - taken.begin());
  }
  std::unordered_map<std::string_view, std::uint8_t> slot_of;
  for (std::size_t i = 0; i < type_order_.size(); ++i) slot_of.emplace(type_order_[i], type_slots_[i]);
  const FacetIds& types = lane_values(LaneKey::type);
  std::vector<std::uint8_t> slot_of_id(types.names.size(), grey_slot);
  for (std::size_t id = 0; id < types.names.size(); ++id)
    if (const auto it = slot_of.find(types.names[id]); it != slot_of.end()) slot_of_id[id] = it->second;
  event_type_slot_.resize(timeline_.events().size());
  for (std::size_t i = 0; i < event_type_slot_.size(); ++i) event_type_slot_[i] = slot_of_id[types.ids[types.begin[i]]];
  event_clock_.assign(timeline_.events().size(), -1.0f);
  event_bound_dup_.resize(timeline_.events().size());
  for (std::size_t i = 0; i < event_clock_.size(); ++i) {
    const Event& e = timeline_.events()[i];
    event_bound_dup_[i] =
        static_cast<std::uint8_t>(static_cast<unsigned>(e.time.interval.bound) | (e.duplicate_of.empty() ? 0u : 0x80u));
    if (e.time.interval.start == e.time.interval.end)
      event_clock_[i] = static_cast<float>(clock_of_value(e.time.value).value_or(-1.0));
  }
  days_ = timeline_.event_days();
  data_span_.reset();
  if (!days_.starts.empty())
    data_span_ = DayRange{static_cast<double>(*std::min_element(days_.starts.begin(), days_.starts.end())),
                          static_cast<double>(*std::max_element(days_.ends.begin(), days_.ends.end())) + 1.0};
  dense_span_ = dense_day_range(days_.starts, days_.ends);
  if (source_ends_.size() > 1 && source_ends_.back() == days_.starts.size()) {
    std::size_t begin = 0;
    for (const std::size_t end : source_ends_) {
      const auto first = days_.starts.begin() + static_cast<std::ptrdiff_t>(begin);
      const auto last = days_.starts.begin() + static_cast<std::ptrdiff_t>(end);
      const auto file = dense_day_range({first, last}, {days_.ends.begin() + (first - days_.starts.begin()),
                                                        days_.ends.begin() + (last - days_.starts.begin())});
      if (file && dense_span_)
        dense_span_ = DayRange{std::min(dense_span_->first, file->first), std::max(dense_span_->last, file->last)};
      begin = end;
    }
  }
  // In timeline order (the engine's index), so that make_lane needs no sort.
  const std::vector<std::size_t> ordered = timeline_.ordered();
  all_lane_ = make_lane("all", days_, std::vector<std::uint32_t>(ordered.begin(), ordered.end()));
  apply(filters_, lane_key_);
}

const FacetIds& Model::lane_values(LaneKey key) {
  static const FacetIds none;
  const auto facet = facet_of(key);
  if (!facet) return none;
  auto& values = lane_values_[static_cast<std::size_t>(*facet)];
  if (!values) values = timeline_.facet_ids(*facet);
  return *values;
}

void Model::apply(const Filters& filters, LaneKey key) {
  filters_ = filters;
  lane_key_ = key;
  filter_error_.clear();
  EventFilter query;
  query.text = filters.text;
  query.types = filters.types;
  query.actors = filters.actors;
  query.statuses = filters.statuses;
  query.skip_duplicates = filters.hide_duplicates;
  if (!filters.from.empty()) {
    if (const auto r = parse_date_range(filters.from))
      query.from = r->first;
    else
      filter_error_ = "\"" + filters.from + "\" " + date_error(filters.from, "YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (!filters.to.empty()) {
    if (const auto r = parse_date_range(filters.to))
      query.to = r->second;
    else
      filter_error_ = "\"" + filters.to + "\" " + date_error(filters.to, "YYYY, YYYY-MM or YYYY-MM-DD");
  }
  const auto selected = timeline_.query(query);
  shown_.assign(selected.begin(), selected.end());
  const bool unfiltered = filters.text.empty() && filters.types.empty() && filters.actors.empty() &&
                          filters.statuses.empty() && !query.from && !query.to && !filters.hide_duplicates;
  shown_counts_ = unfiltered ? all_counts_ : timeline_.facet_counts(query);
  lanes_ = assign_lanes(days_, lane_values(key), shown_, key, max_lanes_);
}

void Model::set_lane_key(LaneKey key) { apply(filters_, key); }

void Model::set_max_lanes(std::size_t max_lanes) {
  if (max_lanes == max_lanes_) return;
  max_lanes_ = max_lanes;
  lanes_ = assign_lanes(days_, lane_values(lane_key_), shown_, lane_key_, max_lanes_);
}

int Model::type_slot(const std::string& type) const {
  const auto it = std::find(type_order_.begin(), type_order_.end(), type);
  return it == type_order_.end() ? grey_slot : type_slots_[static_cast<std::size_t>(it - type_order_.begin())];
}

std::optional<std::uint8_t> taxonomy_slot(std::string_view type) {
  // The busiest types in news get the strongest colours (Tableau 10: blue, orange, red, teal,
  // green, yellow, purple, pink, brown, grey, and an olive for the rarer disasters); conflict is
  // red, the weak yellow goes to the rare elections, and "other" is the grey.
  static constexpr std::pair<std::string_view, std::uint8_t> slots[] = {
      {"statement", 0}, {"economic", 1}, {"conflict", 2}, {"agreement", 3}, {"visit", 4},         {"establishment", 6},
      {"election", 5},  {"plan", 7},     {"adoption", 8}, {"disaster", 9},  {"other", grey_slot},
  };
  for (const auto& [name, slot] : slots)
    if (name == type) return slot;
  return std::nullopt;
}

Timeline Model::shown_timeline(const std::vector<Period>& periods) const {
  Timeline out;
  for (const Document& d : timeline_.documents()) out.add_document(d);
  for (const Period& p : periods) out.add_period(p);
  for (std::uint32_t i : shown_) out.add_event(timeline_.events()[i]);
  return out;
}

}  // namespace annalist::viewer
