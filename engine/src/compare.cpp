// Comparison of periods of a timeline, or of two timelines over one period.
#include "timeline_index.hpp"

#include <annalist/engine/compare.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <stdexcept>

namespace annalist {

using detail::day_number;

namespace {

// Consecutive years or months from the earliest period start to the latest period end.
class Buckets {
 public:
  Buckets(const std::vector<Period>& periods, DensityUnit unit) : unit_(unit) {
    date::sys_days first = periods.front().start, last = periods.front().end;
    for (const auto& p : periods) {
      first = std::min(first, p.start);
      last = std::max(last, p.end);
    }
    first_ = date::year_month_day{first};
    count_ = static_cast<std::size_t>(bucket_of(date::year_month_day{last})) + 1;
  }

  std::size_t size() const { return count_; }
  std::size_t of(std::int32_t day) const {
    return static_cast<std::size_t>(bucket_of(date::year_month_day{date::sys_days{date::days{day}}}));
  }
  // The first day of every bucket.
  std::vector<std::int32_t> starts() const {
    std::vector<std::int32_t> out;
    const date::year_month first_month{first_.year(), unit_ == DensityUnit::year ? date::January : first_.month()};
    for (std::size_t b = 0; b < count_; ++b) {
      const auto ym = first_month + date::months{static_cast<int>(unit_ == DensityUnit::year ? 12 * b : b)};
      out.push_back(day_number(date::sys_days{ym / 1}));
    }
    return out;
  }
  std::string label(std::size_t bucket) const {
    char buffer[16];
    if (unit_ == DensityUnit::year) {
      std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(first_.year()) + static_cast<int>(bucket));
    } else {
      const auto ym = date::year_month{first_.year(), first_.month()} + date::months{static_cast<int>(bucket)};
      std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
    }
    return buffer;
  }

 private:
  long bucket_of(const date::year_month_day& d) const {
    const long years = static_cast<int>(d.year()) - static_cast<int>(first_.year());
    if (unit_ == DensityUnit::year) return years;
    return years * 12 + static_cast<long>(static_cast<unsigned>(d.month())) -
           static_cast<long>(static_cast<unsigned>(first_.month()));
  }
  DensityUnit unit_;
  date::year_month_day first_;
  std::size_t count_ = 0;
};

// How `second` dates a happening that `first` dates too (the two overlap).
TimeChange time_change(const Interval& first_interval, const Interval& second_interval) {
  const PossibleDays first = possible_days(first_interval), second = possible_days(second_interval);
  if (first.first == second.first && first.last == second.last) return TimeChange::same;
  if (first.first <= second.first && second.last <= first.last) return TimeChange::more_precise;
  if (second.first <= first.first && first.last <= second.last) return TimeChange::less_precise;
  return TimeChange::moved;
}

DensityUnit density_unit_for(const std::vector<Period>& periods) {
  for (const auto& p : periods)
    if (p.end - p.start > date::days{731}) return DensityUnit::year;
  return DensityUnit::month;
}

// What one column holds, keyed by strings so that columns of different timelines combine.
struct ColumnCounts {
  std::size_t events = 0;
  std::map<std::string, std::size_t> types, actors;
  std::size_t statuses[3] = {0, 0, 0};
  std::vector<std::size_t> density;
  std::vector<std::size_t> only_events;
};

// How a column names actors: actor id -> the name it is shown under, and, for two timelines, the
// joint actors of each position (detail::JointActors); without them the index's own are counted.
struct ActorNaming {
  std::vector<std::string_view> names;
  const detail::MultiValues* joint_actors = nullptr;
};

ActorNaming actor_naming(const detail::TimelineIndex& index) {
  ActorNaming naming;
  for (std::uint32_t a = 0; a < index.actor_count(); ++a) naming.names.push_back(index.actor_display_name(a));
  return naming;
}

// Counts the distinct (non-duplicate) events of `timeline` overlapping `period`, each actor once
// per event. `only(k)` tells whether the event at index position k is in this column only.
template <class OnlyHere>
ColumnCounts count_column(const detail::TimelineIndex& index, const ActorNaming& naming, const Period& period,
                          const Buckets& buckets, OnlyHere&& only) {
  ColumnCounts c;
  c.density.assign(buckets.size(), 0);
  const std::vector<std::int32_t> bucket_starts = buckets.starts();
  std::size_t bucket = buckets.of(day_number(period.start));
  std::vector<std::size_t> types(index.types.size()), actors(naming.names.size());
  const auto from = day_number(period.start);
  const detail::MultiValues& by_position = naming.joint_actors ? *naming.joint_actors : index.actor;
  index.for_each_overlapping(from, day_number(period.end), [&](std::size_t k) {
    if (index.duplicate[k]) return;
    ++c.events;
    ++types[index.type[k]];
    ++c.statuses[index.status[k]];
    for (auto i = by_position.begin[k]; i < by_position.begin[k + 1]; ++i) ++actors[by_position.ids[i]];
    // Positions come in start order, so the anchor day only grows: walk the buckets along.
    const std::int32_t anchor = std::max(index.start[k], from);
    while (bucket + 1 < bucket_starts.size() && anchor >= bucket_starts[bucket + 1]) ++bucket;
    ++c.density[bucket];
    if (only(k)) c.only_events.push_back(index.event_at[k]);
  });
  for (std::uint32_t id = 0; id < types.size(); ++id)
    if (types[id]) c.types.emplace(index.types.name(id), types[id]);
  for (std::uint32_t id = 0; id < actors.size(); ++id)
    if (actors[id]) c.actors.emplace(naming.names[id], actors[id]);
  return c;
}

// Rows for every key of any column, by total (descending), then key.
std::vector<ComparisonRow> rows(const std::vector<ColumnCounts>& columns,
                                std::map<std::string, std::size_t> ColumnCounts::*member) {
  std::map<std::string, std::vector<std::size_t>> by_key;
  for (std::size_t c = 0; c < columns.size(); ++c)
    for (const auto& [key, n] : columns[c].*member) {
      auto& counts = by_key[key];
      counts.resize(columns.size());
      counts[c] = n;
    }
  std::vector<ComparisonRow> out;
  for (auto& [key, counts] : by_key) out.push_back({key, std::move(counts)});
  const auto total = [](const ComparisonRow& r) {
    std::size_t t = 0;
    for (auto n : r.counts) t += n;
    return t;
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const ComparisonRow& a, const ComparisonRow& b) { return total(a) > total(b); });
  return out;
}

// Keys of column `c` that no other column has.
std::vector<std::string> only_in(const std::vector<ComparisonRow>& rows, std::size_t c) {
  std::vector<std::string> out;
  for (const auto& r : rows) {
    bool elsewhere = false;
    for (std::size_t o = 0; o < r.counts.size(); ++o)
      if (o != c && r.counts[o]) elsewhere = true;
    if (r.counts[c] && !elsewhere) out.push_back(r.key);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string listed(const std::vector<std::string>& values, std::size_t at_most = 5) {
  std::string out;
  for (std::size_t i = 0; i < values.size() && i < at_most; ++i) out += (i ? ", " : "") + values[i];
  if (values.size() > at_most) out += " and " + std::to_string(values.size() - at_most) + " more";
  return out;
}

std::string events_text(std::size_t n) { return std::to_string(n) + (n == 1 ? " event" : " events"); }

// Two timelines over one period: what both report, and how the second reports it differently.
std::string summarize_both(const PeriodComparison& cmp) {
  std::size_t redated = 0, restatused = 0;
  for (const auto& b : cmp.both) {
    redated += b.time != TimeChange::same;
    restatused += b.status_changed;
  }
  const auto& first = cmp.columns[0];
  const auto& second = cmp.columns[1];
  std::string s = " Reported by both: " + events_text(cmp.both.size()) + " of " + first.label;
  if (redated || restatused) {
    s += " (" + (redated ? std::to_string(redated) + " dated differently" : "");
    s += (redated && restatused ? ", " : "") + (restatused ? std::to_string(restatused) + " with another status" : "");
    s += " in " + second.label + ")";
  }
  return s + "; " + std::to_string(first.only.events.size()) + " only in " + first.label + ", " +
         std::to_string(second.only.events.size()) + " only in " + second.label + ".";
}

// Periods of different lengths: events per year of each, since a period three times as long is
// not busier for having more events. Empty when the lengths are within a tenth of each other.
std::string rates_per_year(const PeriodComparison& cmp) {
  double shortest = 0, longest = 0;
  std::vector<double> years;
  for (const auto& col : cmp.columns) {
    years.push_back(static_cast<double>((col.period.end - col.period.start).count() + 1) / 365.2425);
    shortest = years.size() == 1 ? years.back() : std::min(shortest, years.back());
    longest = std::max(longest, years.back());
  }
  if (longest <= 1.1 * shortest) return {};
  std::string s = " Per year:";
  for (std::size_t c = 0; c < cmp.columns.size(); ++c) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(cmp.columns[c].events) / years[c]);
    s += std::string(c ? ", " : " ") + buffer + " in " + cmp.columns[c].label;
  }
  return s + ".";
}

std::string summarize(const PeriodComparison& cmp) {
  std::string s;
  for (std::size_t c = 0; c < cmp.columns.size(); ++c) {
    const auto& col = cmp.columns[c];
    s += (c ? "; " : "") + col.label + ": " + events_text(col.events);
  }
  s += ".";
  const bool two_timelines = cmp.columns.size() == 2 && cmp.columns[1].source == 1;
  if (two_timelines) {
    s += summarize_both(cmp);
  } else if (cmp.columns.size() == 2 && cmp.columns[0].events && cmp.columns[1].events) {
    const auto a = cmp.columns[0].events, b = cmp.columns[1].events;
    const auto& more = a >= b ? cmp.columns[0] : cmp.columns[1];
    const double ratio = static_cast<double>(std::max(a, b)) / static_cast<double>(std::min(a, b));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", ratio);
    if (a != b) s += std::string(" ") + buffer + " times as many in " + more.label + ".";
  }
  if (!two_timelines) s += rates_per_year(cmp);
  for (std::size_t c = 0; c < cmp.columns.size(); ++c) {
    const ComparisonRow* top = nullptr;
    for (const auto& r : cmp.types)
      if (r.counts[c] && (!top || r.counts[c] > top->counts[c])) top = &r;
    if (top)
      s += " Most frequent type in " + cmp.columns[c].label + ": " + top->key + " (" + std::to_string(top->counts[c]) +
           ").";
  }
  for (const auto& col : cmp.columns) {
    std::string only;
    if (!col.only.types.empty()) only += "types " + listed(col.only.types);
    if (!col.only.actors.empty()) only += (only.empty() ? "" : "; ") + ("actors " + listed(col.only.actors));
    if (!only.empty()) s += " Only in " + col.label + ": " + only + ".";
  }
  for (const auto& r : cmp.statuses) {
    if (r.key != "planned") continue;
    std::string planned;
    for (std::size_t c = 0; c < r.counts.size(); ++c)
      planned += (c ? ", " : "") + std::to_string(r.counts[c]) + " in " + cmp.columns[c].label;
    s += " Planned: " + planned + ".";
  }
  return s;
}

PeriodComparison assemble(std::vector<PeriodComparison::Column> columns, const std::vector<ColumnCounts>& counts,
                          const Buckets& buckets, DensityUnit unit, std::vector<ReportedByBoth> both = {}) {
  PeriodComparison cmp;
  cmp.columns = std::move(columns);
  cmp.both = std::move(both);
  cmp.types = rows(counts, &ColumnCounts::types);
  cmp.actors = rows(counts, &ColumnCounts::actors);
  for (auto s : {EventStatus::occurred, EventStatus::ongoing, EventStatus::planned}) {
    ComparisonRow row{std::string(to_string(s)), {}};
    for (const auto& c : counts) row.counts.push_back(c.statuses[static_cast<std::size_t>(s)]);
    cmp.statuses.push_back(std::move(row));
  }
  cmp.density_unit = unit;
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    ComparisonRow row{buckets.label(b), {}};
    for (const auto& c : counts) row.counts.push_back(c.density[b]);
    cmp.density.push_back(std::move(row));
  }
  for (std::size_t c = 0; c < cmp.columns.size(); ++c) {
    cmp.columns[c].events = counts[c].events;
    cmp.columns[c].only.events = counts[c].only_events;
    cmp.columns[c].only.types = only_in(cmp.types, c);
    cmp.columns[c].only.actors = only_in(cmp.actors, c);
  }
  cmp.summary = summarize(cmp);
  return cmp;
}

}  // namespace

PeriodComparison compare_periods(const Timeline& timeline, const std::vector<Period>& periods) {
  if (periods.size() < 2) throw std::invalid_argument("compare_periods: needs at least two periods");
  for (const auto& p : periods)
    if (p.end < p.start) throw std::invalid_argument("compare_periods: period '" + p.name + "' ends before it starts");
  const auto index = detail::TimelineAccess::index(timeline);
  const DensityUnit unit = density_unit_for(periods);
  const Buckets buckets(periods, unit);
  std::vector<PeriodComparison::Column> columns;
  std::vector<ColumnCounts> counts;
  const ActorNaming naming = actor_naming(*index);
  for (std::size_t c = 0; c < periods.size(); ++c) {
    columns.push_back({periods[c].name, periods[c], 0, 0, {}});
    counts.push_back(count_column(*index, naming, periods[c], buckets, [&](std::size_t k) {
      for (std::size_t o = 0; o < periods.size(); ++o)
        if (o != c && index->start[k] <= day_number(periods[o].end) && index->end[k] >= day_number(periods[o].start))
          return false;
      return true;
    }));
  }
  return assemble(std::move(columns), counts, buckets, unit);
}

PeriodComparison compare_timelines(const Timeline& a, const std::string& label_a, const Timeline& b,
                                   const std::string& label_b, const Period& period) {
  if (period.end < period.start)
    throw std::invalid_argument("compare_timelines: period '" + period.name + "' ends before it starts");
  const std::vector<Period> periods{period};
  const DensityUnit unit = density_unit_for(periods);
  const Buckets buckets(periods, unit);
  const Timeline* timelines[] = {&a, &b};
  const std::shared_ptr<const detail::TimelineIndex> indexes[] = {detail::TimelineAccess::index(a),
                                                                  detail::TimelineAccess::index(b)};
  std::vector<PeriodComparison::Column> columns{{label_a, period, 0, 0, {}}, {label_b, period, 1, 0, {}}};
  std::vector<ColumnCounts> counts;
  // One grouping of the names of both, so that an actor has one row and is matched alike.
  const detail::JointActors joint = detail::joint_actors(a.events(), *indexes[0], b.events(), *indexes[1]);
  std::vector<std::string_view> joint_names(joint.names.begin(), joint.names.end());
  std::vector<ReportedByBoth> both;
  for (std::size_t c = 0; c < 2; ++c) {
    const Timeline& other = *timelines[1 - c];
    const auto& other_index = *indexes[1 - c];
    const ActorNaming naming{joint_names, &joint.actors[c]};
    // Where the other's reports of a happening can be: by type and actor or trigger, never a
    // duplicate. Walking every overlapping event instead cost n x m when the same day holds
    // thousands of reports (a story repeated across a wire's documents).
    const detail::HappeningCandidates candidates(other_index, other.events(), joint.actors[1 - c],
                                                 &other_index.duplicate);
    counts.push_back(count_column(*indexes[c], naming, period, buckets, [&](std::size_t k) {
      const Event& e = timelines[c]->events()[indexes[c]->event_at[k]];
      const auto reports = [&](std::uint32_t j) {
        return detail::same_happening(e, other.events()[other_index.event_at[j]],
                                      [&] { return c == 0 ? joint.share(k, j) : joint.share(j, k); });
      };
      // The counterpart: for the first timeline, the first report dated alike when there is one
      // (what changed is then told against the closest report, not against any), else the first
      // event of the other that reports the same happening within the period.
      const auto actors = joint.actors[c].of(k);
      std::uint32_t counterpart = c == 0 ? candidates.first_alike(e, actors, reports) : candidates.none;
      if (counterpart == candidates.none)
        counterpart = candidates.first_original(e, actors, std::max(indexes[c]->start[k], day_number(period.start)),
                                                std::min(indexes[c]->end[k], day_number(period.end)), reports);
      if (counterpart == candidates.none) return true;
      if (c == 0) {
        const Event& o = other.events()[other_index.event_at[counterpart]];
        both.push_back({indexes[c]->event_at[k], other_index.event_at[counterpart],
                        time_change(e.time.interval, o.time.interval), e.status != o.status});
      }
      return false;
    }));
  }
  return assemble(std::move(columns), counts, buckets, unit, std::move(both));
}

std::string_view to_string(TimeChange change) {
  switch (change) {
    case TimeChange::same:
      return "same";
    case TimeChange::more_precise:
      return "more_precise";
    case TimeChange::less_precise:
      return "less_precise";
    case TimeChange::moved:
      return "moved";
  }
  return "same";
}

std::vector<std::string> event_ids(const OnlyIn& only, const Timeline& timeline) {
  std::vector<std::string> ids;
  ids.reserve(only.events.size());
  for (const auto i : only.events) ids.push_back(timeline.events().at(i).id);
  return ids;
}

std::string to_json(const PeriodComparison& cmp, const std::vector<const Timeline*>& timelines) {
  using nlohmann::ordered_json;
  ordered_json root = ordered_json::object();
  ordered_json columns = ordered_json::array();
  for (const auto& c : cmp.columns) {
    ordered_json col = ordered_json::object();
    col["label"] = c.label;
    col["start"] = to_iso_date(c.period.start);
    col["end"] = to_iso_date(c.period.end);
    col["events"] = c.events;
    if (c.source >= timelines.size() || !timelines[c.source])
      throw std::invalid_argument("to_json(PeriodComparison): column '" + c.label + "' has no timeline");
    col["only_events"] = event_ids(c.only, *timelines[c.source]);
    col["only_types"] = c.only.types;
    col["only_actors"] = c.only.actors;
    columns.push_back(std::move(col));
  }
  root["columns"] = std::move(columns);
  const auto table = [](const std::vector<ComparisonRow>& rows) {
    ordered_json out = ordered_json::array();
    for (const auto& r : rows) out.push_back(ordered_json{{"key", r.key}, {"counts", r.counts}});
    return out;
  };
  root["types"] = table(cmp.types);
  root["actors"] = table(cmp.actors);
  root["statuses"] = table(cmp.statuses);
  root["density_unit"] = cmp.density_unit == DensityUnit::year ? "year" : "month";
  root["density"] = table(cmp.density);
  // Two timelines: what both report, by event id, and what differs in the second.
  if (cmp.columns.size() == 2 && cmp.columns[1].source == 1 && timelines.size() > 1 && timelines[1]) {
    ordered_json both = ordered_json::array();
    for (const auto& b : cmp.both)
      both.push_back(ordered_json{{"first", timelines[0]->events().at(b.first).id},
                                  {"second", timelines[1]->events().at(b.second).id},
                                  {"time", to_string(b.time)},
                                  {"status_changed", b.status_changed}});
    root["both"] = std::move(both);
  }
  root["summary"] = cmp.summary;
  return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + '\n';
}

}  // namespace annalist
