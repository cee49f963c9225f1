// The viewer's window: toolbar, timeline canvas and side panel, built with Dear ImGui.
#include "view.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>

#include <GLFW/glfw3.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <numeric>
#include <utility>

namespace annalist::viewer {

namespace {

// The date fields' hints show their syntax with the timeline's own first year and last month
// ("from (2013)", "to (2039-12)", "2013..2039"); the seed's years when it has no events.
struct DateHints {
  std::string first_year = "2012", last_month = "2020-06", last_year = "2020";
};
DateHints date_hints(const std::optional<DayRange>& span) {
  if (!span) return {};
  const std::string last = format_day(span->last - 1);
  return {format_day(span->first).substr(0, 4), last.substr(0, 7), last.substr(0, 4)};
}

// Geometry of the canvas, in pixels.
// The side panel takes a share of the window, within bounds: a fixed 390 px left a 1000 px window
// a canvas too narrow for its legend, and 340 px still holds the filters' rows and four columns.
constexpr float side_panel_share = 0.3f;
constexpr float min_side_panel_width = 340.0f;
constexpr float max_side_panel_width = 390.0f;
constexpr float min_gutter_width = 150.0f;  // lane names: at least this, wider for long names
constexpr float max_gutter_share = 0.25f;   // ... up to this share of the canvas
constexpr float axis_height = 46.0f;
constexpr float legend_row_height = 26.0f;  // one row; two when the types and the vocabulary do not fit in one
constexpr float minimap_height = 52.0f;
constexpr float row_height = 22.0f;
constexpr float lane_padding = 6.0f;
constexpr float fold_px = 3.0f;             // marks closer than this fold into one
constexpr float row_gap = 6.0f;             // between marks (and labels) in one row
constexpr std::size_t detail_limit = 1500;  // beyond this many candidates a lane shows density
constexpr std::size_t label_limit = 400;    // beyond this many marks in a lane, no labels
constexpr int min_row_cap = 8;              // rows a lane may ask for, at least (more when few lanes share the canvas)
constexpr std::size_t max_listed_actors = 60;    // the actor filter lists the busiest ones
constexpr std::size_t max_compared_periods = 4;  // columns the side panel's comparison tables hold
constexpr float point_radius = 5.0f;
constexpr float fold_radius = 9.0f;

constexpr float bar_arrow_room = 8.0f;                  // after a bar: its "goes on" arrow (7 px) and a pixel
constexpr float bar_label_gap = bar_arrow_room + 4.0f;  // from a bar's end to a label put after it

// Tableau 10 (distinct, colour-blind friendly, print well) with the classic Tableau olive for
// disasters before its grey, which stays last (grey_slot).
constexpr ImU32 palette[grey_slot + 1] = {
    IM_COL32(78, 121, 167, 255),  IM_COL32(242, 142, 43, 255),  IM_COL32(225, 87, 89, 255),
    IM_COL32(118, 183, 178, 255), IM_COL32(89, 161, 79, 255),   IM_COL32(237, 201, 72, 255),
    IM_COL32(176, 122, 161, 255), IM_COL32(255, 157, 167, 255), IM_COL32(156, 117, 95, 255),
    IM_COL32(188, 189, 34, 255),  IM_COL32(186, 176, 172, 255)};
constexpr ImU32 ink = IM_COL32(38, 43, 51, 255);
constexpr ImU32 ink_soft = IM_COL32(105, 112, 122, 255);
constexpr ImU32 grid = IM_COL32(226, 229, 234, 255);
constexpr ImU32 canvas_bg = IM_COL32(255, 255, 255, 255);
constexpr ImU32 stripe_bg = IM_COL32(30, 50, 90, 9);  // translucent: grid, bands and markers show through
constexpr ImU32 axis_bg = IM_COL32(240, 242, 245, 255);
constexpr ImU32 dct_colour = IM_COL32(200, 40, 40, 220);
constexpr ImU32 neutral = IM_COL32(88, 104, 128, 255);
constexpr float duplicate_alpha = 0.35f;  // a duplicate's mark: a ghost of its type colour

ImU32 with_alpha(ImU32 colour, float alpha) {
  const auto a = static_cast<unsigned>(std::clamp(alpha, 0.0f, 1.0f) * ((colour >> IM_COL32_A_SHIFT) & 0xFF));
  return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

// The colour with its red, green and blue scaled by `factor` (< 1 darkens): thin outlines of the
// light palette colours (yellow, pink) stay visible on white.
ImU32 darker(ImU32 colour, float factor) {
  const auto scale = [&](int shift) {
    return static_cast<ImU32>(static_cast<float>((colour >> shift) & 0xFF) * factor) << shift;
  };
  return scale(IM_COL32_R_SHIFT) | scale(IM_COL32_G_SHIFT) | scale(IM_COL32_B_SHIFT) | (colour & IM_COL32_A_MASK);
}

ImFont* bold_font() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : nullptr;
}

double day_number(date::sys_days d) { return static_cast<double>(d.time_since_epoch().count()); }

// imgui 1.86 predates the named-key API: key indices are the backend's, here GLFW key codes.
bool key_pressed(int glfw_key) { return ImGui::IsKeyPressed(glfw_key); }

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

std::string with_thousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The first `most` items joined by ", ", then "and N more": a comparison of two large periods
// can have hundreds of actors in only one of them.
std::string join_first(const std::vector<std::string>& items, std::size_t most) {
  if (items.size() <= most) return join(items, ", ");
  const std::vector<std::string> first(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(most));
  return join(first, ", ") + " and " + with_thousands(items.size() - most) + " more";
}

// "2014-01-29", or "2014-01-01 – 2014-12-31" for a longer interval; "before 2014-03-01" and
// "after 2012-12-31" for the days on one side of the named time (the interval holds that time).
std::string interval_text(const Interval& iv) {
  if (iv.bound == Bound::before) return "before " + to_iso_date(iv.start);
  if (iv.bound == Bound::after) return "after " + to_iso_date(iv.end);
  if (iv.start == iv.end) return to_iso_date(iv.start);
  return to_iso_date(iv.start) + " \u2013 " + to_iso_date(iv.end);
}

// Text wrapped at `width` with the bytes [hl_begin, hl_end) emphasised (the time expression).
void highlighted_wrapped(std::string_view text, std::size_t hl_begin, std::size_t hl_end, float width) {
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2{0.0f, 2.0f});
  const float space = ImGui::CalcTextSize(" ").x;
  float used = 0.0f;
  bool line_start = true;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    const float w = ImGui::CalcTextSize(text.data() + i, text.data() + j).x;
    if (!line_start && used + space + w > width) {
      used = 0.0f;
      line_start = true;
    }
    if (!line_start) {
      ImGui::SameLine(0.0f, space);
      used += space;
    }
    // A word may straddle the highlight's edges: draw it in up to three pieces.
    std::size_t k = i;
    bool first_piece = true;
    while (k < j) {
      const bool inside = k >= hl_begin && k < hl_end;
      const std::size_t piece_end = inside ? std::min(j, hl_end) : (k < hl_begin ? std::min(j, hl_begin) : j);
      if (!first_piece) ImGui::SameLine(0.0f, 0.0f);
      if (inside) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 sz = ImGui::CalcTextSize(text.data() + k, text.data() + piece_end);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2{p.x - 1, p.y}, ImVec2{p.x + sz.x + 1, p.y + sz.y},
                                                  IM_COL32(255, 214, 102, 200), 2.0f);
      }
      ImGui::TextUnformatted(text.data() + k, text.data() + piece_end);
      first_piece = false;
      k = piece_end;
    }
    used += w;
    line_start = false;
    i = j + 1;
  }
  ImGui::PopStyleVar();
}

// Axis-aligned lines as thin filled rectangles: a fraction of the cost of ImDrawList::AddLine's
// anti-aliased polylines, which matters with thousands of marks per frame.
void hline(ImDrawList* dl, float x0, float x1, float y, ImU32 colour, float thickness) {
  dl->AddRectFilled(ImVec2{x0, y - thickness / 2}, ImVec2{x1, y + thickness / 2}, colour);
}

void vline(ImDrawList* dl, float x, float y0, float y1, ImU32 colour, float thickness) {
  dl->AddRectFilled(ImVec2{x - thickness / 2, y0}, ImVec2{x + thickness / 2, y1}, colour);
}

void dashed_hline(ImDrawList* dl, float x0, float x1, float y, ImU32 colour, float thickness) {
  for (float x = x0; x < x1; x += 7.0f) hline(dl, x, std::min(x + 4.0f, x1), y, colour, thickness);
}

void dashed_vline(ImDrawList* dl, float x, float y0, float y1, ImU32 colour) {
  for (float y = y0; y < y1; y += 8.0f) vline(dl, x, y, std::min(y + 5.0f, y1), colour, 1.5f);
}

std::string elide(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  std::string out = text;
  while (!out.empty() && ImGui::CalcTextSize((out + "\u2026").c_str()).x > width) {
    out.pop_back();
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
      out.pop_back();  // whole code points
    if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) out.pop_back();
  }
  return out + "\u2026";
}

// The text with its middle elided to fit `width`: document ids ("AQUAINT/APW19980808.0022") differ
// at the end, so cutting the end would make them all look alike.
std::string elide_middle(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  std::vector<std::size_t> starts;  // byte offsets of the code points: never cut one in two
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  // Keep k code points at the front and k (or k + 1) at the back, as many as fit.
  std::string best = "\u2026";
  for (std::size_t keep = 2; keep <= starts.size(); ++keep) {
    const std::size_t front = (keep + 1) / 2, back = keep / 2;
    const std::string candidate = text.substr(0, starts[front]) + "\u2026" + text.substr(starts[starts.size() - back]);
    if (ImGui::CalcTextSize(candidate.c_str()).x > width) break;
    best = candidate;
  }
  return best;
}

// Width of a checkbox with this label (up to "##").
float checkbox_width(const std::string& label) {
  const std::size_t shown = label.find("##");
  const float text = ImGui::CalcTextSize(label.c_str(), shown == std::string::npos ? nullptr : label.c_str() + shown).x;
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + text;
}

// Puts the next item, `width` pixels wide, on the line of the last one when it fits before the
// window's right edge, else on a new line: rows of checkboxes wrap instead of being cut off.
void same_line_if_fits(float width) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right) ImGui::SameLine();
}

// The count written on a fold: exact below 1,000 ("734"), then in thousands ("12k").
void fold_count_text(std::uint32_t count, char (&out)[12]) {
  if (count < 1000)
    std::snprintf(out, sizeof out, "%u", count);
  else
    std::snprintf(out, sizeof out, "%uk", count / 1000);
}

// Half the width of a fold's badge: a disc, stretched into a pill when its count is wider.
constexpr float fold_text_scale = 0.8f;
float fold_half_width(const char* count_text) {
  return std::max(fold_radius, ImGui::CalcTextSize(count_text).x * fold_text_scale / 2 + 4.0f);
}

// Which ends of an interval are open on screen (drawn fading): by/before/until know only the end,
// since/after only the start, approx neither.
bool starts_open(Bound b) { return b == Bound::by || b == Bound::before || b == Bound::until || b == Bound::approx; }
bool ends_open(Bound b) { return b == Bound::since || b == Bound::after || b == Bound::approx; }

// A dot's shape at `centre`: a tail on its open side (dot_shape).
DotShape dot_of(float centre, Bound b) { return dot_shape(centre, point_radius, starts_open(b), ends_open(b)); }

// The days the periods cover together, [earliest start, latest end + 1): opened with periods to
// compare, the view shows them all rather than where the events lie.
std::optional<DayRange> span_of_periods(const std::vector<Period>& periods) {
  if (periods.empty()) return std::nullopt;
  DayRange span{day_number(periods.front().start), day_number(periods.front().end) + 1.0};
  for (const Period& p : periods) {
    span.first = std::min(span.first, day_number(p.start));
    span.last = std::max(span.last, day_number(p.end) + 1.0);
  }
  return span;
}

// Period bands: muted, and unlike the red DCT marker.
constexpr ImU32 period_colours[4] = {IM_COL32(70, 110, 170, 255), IM_COL32(60, 150, 110, 255),
                                     IM_COL32(150, 100, 170, 255), IM_COL32(190, 130, 50, 255)};

}  // namespace

float side_panel_width(float content_width) {
  return std::clamp(side_panel_share * content_width, min_side_panel_width, max_side_panel_width);
}

View::View(Model& model, ViewSettings settings) : model_(model), settings_(std::move(settings)) {
  periods_ = model_.timeline().periods();
  for (const Period& p : settings_.periods) {
    std::erase_if(periods_, [&](const Period& q) { return q.name == p.name; });
    periods_.push_back(p);
  }
  const auto& events = model_.timeline().events();
  for (std::uint32_t i = 0; i < events.size(); ++i) {
    if (!settings_.hover_event.empty() && events[i].id == settings_.hover_event) hover_target_ = i;
    if (!settings_.select_event.empty() && events[i].id == settings_.select_event) selected_ = i;
  }
  if (!settings_.hover_event.empty() && !hover_target_)
    model_.add_error("--hover: no event with id \"" + settings_.hover_event + "\"");
  if (!settings_.select_event.empty() && !selected_)
    model_.add_error("--select: no event with id \"" + settings_.select_event + "\"");
  if (model_.lane_key() != settings_.lanes) model_.set_lane_key(settings_.lanes);
  busy_frames_ = 3;
}

std::optional<std::string> View::take_png_request() {
  auto out = std::move(png_request_);
  png_request_.reset();
  return out;
}

void View::report(std::string message, bool is_error) {
  status_ = std::move(message);
  status_is_error_ = is_error;
  busy_frames_ = std::max(busy_frames_, 2);
}

ImU32 View::type_colour(const std::string& type, float alpha) const {
  return with_alpha(palette[std::min(model_.type_slot(type), int{grey_slot})], alpha);
}

void View::refilter() {
  // The panels keep what is unticked; the engine's filter takes what is allowed ("any of").
  filters_.types.clear();
  if (!hidden_types_.empty())
    for (const auto& t : model_.all_counts().types)
      if (std::find(hidden_types_.begin(), hidden_types_.end(), t.value) == hidden_types_.end())
        filters_.types.push_back(t.value);
  filters_.statuses.clear();
  if (!hidden_statuses_.empty())
    for (EventStatus s : {EventStatus::occurred, EventStatus::ongoing, EventStatus::planned})
      if (std::find(hidden_statuses_.begin(), hidden_statuses_.end(), s) == hidden_statuses_.end())
        filters_.statuses.push_back(s);
  filters_.actors = chosen_actors_;
  model_.apply(filters_, model_.lane_key());
  busy_frames_ = 3;
}

TimeAxis View::fit_leaving_label_room(DayRange range, float x_left, float x_right) {
  constexpr double margin = 0.04;
  const TimeAxis plain = fit_axis(range.first, range.last, x_left, x_right, margin);
  // The labels that may be cut: those of the lanes' single-event marks in the right half of the
  // fitted view (a label takes at most half the width, see fit_axis_with_labels). Events folded
  // into a badge, or likely to be (crowded), have no label and ask for no room; a bar whose label
  // fits inside it neither.
  std::vector<LabelAfter> labels;
  std::vector<Mark> marks;
  const float half = (x_left + x_right) / 2;
  for (const Lane& lane : model_.lanes()) {
    build_marks(lane, plain, fold_px, detail_limit, marks);
    // A mark crowded by a narrow neighbour is folded into a badge with it when the lane's rows run
    // short; a bar folds with nothing (build_marks), so the dot "would be finished" by the end of
    // the bar "has led" keeps its label, and asks for room (it was cut at a 1000 px window's edge).
    const auto near_narrow = [](const Mark& a, const Mark& b) {  // a before b
      return b.x0 - a.x1 < 2 * fold_radius && a.x1 - a.x0 < 2 * fold_radius && b.x1 - b.x0 < 2 * fold_radius;
    };
    for (auto m = marks.rbegin(); m != marks.rend() && m->x1 > half; ++m) {
      const bool crowded = (m != marks.rbegin() && near_narrow(*m, *std::prev(m))) ||
                           (std::next(m) != marks.rend() && near_narrow(*std::next(m), *m));
      if (m->count != 1 || m->density || crowded) continue;
      const std::uint32_t e = lane.events[m->first];
      const float width = label_width(e), bar = m->x1 - m->x0;
      const Bound bound = model_.bound_of(e);
      // A label inside its bar's solid body needs no room; one that does not fit there goes after
      // the bar, as draw_lanes puts it (an approx bar's faded quarters are no room for it: "make an
      // official visit", later in 2014, went after its bar and was cut to "ma…").
      const bool point = bar < 2.0f * point_radius;
      if (!point && bar_label_x(bar_shape(m->x0, m->x1, starts_open(bound), ends_open(bound)), width, x_left, x_right,
                                bar_label_gap) < m->x1)
        continue;
      const float after_dot = dot_of(0.0f, bound).x1 + 4.0f;
      labels.push_back({lane.ends[m->first] + 1.0, width, point ? after_dot : bar_label_gap});
    }
  }
  return fit_axis_with_labels(range.first, range.last, x_left, x_right, margin, labels);
}

void View::fit_view() {
  const float x_left = axis_.x_left, x_right = axis_.x_right;
  if (const auto span = model_.data_span()) {
    // Where most events lie first; fitting again on that view shows every event.
    // A single day (one event, or all on one date) fitted edge to edge would be a bar across the
    // window with three day ticks; a month around it shows it as the day it is, with its dates.
    const auto at_least_a_month = [](DayRange r) {
      constexpr double min_fit_days = 31.0;
      const double centre = (r.first + r.last) / 2;
      return r.last - r.first >= min_fit_days ? r : DayRange{centre - min_fit_days / 2, centre + min_fit_days / 2};
    };
    const DayRange most = at_least_a_month(model_.dense_span().value_or(*span)), all = at_least_a_month(*span);
    const TimeAxis most_axis = fit_leaving_label_room(most, x_left, x_right);
    const bool showing_most =
        std::abs(axis_.first_day - most_axis.first_day) < 0.5 && std::abs(axis_.last_day - most_axis.last_day) < 0.5;
    axis_ = showing_most ? fit_leaving_label_room(all, x_left, x_right) : most_axis;
  } else {
    // Nothing to fit: a year either side of the documents' DCT, or of today.
    double centre = day_number(date::floor<date::days>(std::chrono::system_clock::now()));
    if (!model_.timeline().documents().empty()) centre = day_number(model_.timeline().documents().front().dct);
    axis_ = fit_axis(centre - 366, centre + 366, x_left, x_right, 0.0);
  }
  busy_frames_ = 3;
}

void View::frame() {
  if (busy_frames_ > 0) --busy_frames_;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("annalist-view", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  toolbar();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float status_height = ImGui::GetTextLineHeightWithSpacing() + 2.0f;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float panel_width = side_panel_width(avail.x);
  canvas(ImVec2{std::max(200.0f, avail.x - panel_width - spacing), std::max(200.0f, avail.y - status_height)});
  ImGui::SameLine();
  side_panel(ImVec2{panel_width, std::max(200.0f, avail.y - status_height)});
  // Status line: the last message, or the hint for the mouse.
  if (!status_.empty())
    ImGui::TextColored(status_is_error_ ? ImVec4{0.8f, 0.1f, 0.1f, 1.0f} : ImVec4{0.2f, 0.45f, 0.2f, 1.0f}, "%s",
                       status_.c_str());
  else
    ImGui::TextDisabled(
        "Wheel: zoom \u00b7 drag: pan \u00b7 right-drag: box zoom \u00b7 drag on the axis: new period \u00b7 "
        "arrows, +/-, Home: keys \u00b7 click or Tab: details");
  ImGui::End();
  handle_keys();
}

void View::toolbar() {
  const auto& sources = model_.sources();
  if (ImFont* bold = bold_font()) ImGui::PushFont(bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(sources.empty() ? "annalist-view" : join(sources, ", ").c_str());
  if (bold_font()) ImGui::PopFont();
  ImGui::SameLine(0.0f, 24.0f);
  ImGui::TextUnformatted("Lanes");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(120.0f);
  const std::string current{to_string(model_.lane_key())};
  if (ImGui::BeginCombo("##lanes", current.c_str())) {
    for (LaneKey k : {LaneKey::type, LaneKey::actor, LaneKey::place, LaneKey::document, LaneKey::none}) {
      const std::string name{to_string(k)};
      if (ImGui::Selectable(name.c_str(), k == model_.lane_key())) {
        model_.set_lane_key(k);
        busy_frames_ = 3;
      }
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine(0.0f, 16.0f);
  ImGui::SetNextItemWidth(280.0f);
  if (ImGui::InputTextWithHint("##search", "Search triggers, sentences, dates\u2026", &filters_.text)) refilter();
  ImGui::SameLine(0.0f, 16.0f);
  if (ImGui::Button("Fit (Home)")) fit_view();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Fit where most events lie; again: every event");
  ImGui::SameLine();
  if (ImGui::Button("Export\u2026")) ImGui::OpenPopup("export");
  export_popup();
  // Right-aligned after the buttons (the last item: the popup submits none while closed); a
  // narrow window gets the short form rather than text over the buttons.
  const float after_buttons = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 16.0f;
  const float right = ImGui::GetWindowContentRegionMax().x;
  std::string counts = with_thousands(model_.shown().size()) + " of " +
                       with_thousands(model_.timeline().events().size()) + " events shown";
  if (after_buttons + ImGui::CalcTextSize(counts.c_str()).x > right)
    counts = with_thousands(model_.shown().size()) + "/" + with_thousands(model_.timeline().events().size());
  const float w = ImGui::CalcTextSize(counts.c_str()).x;
  if (after_buttons + w > right) return;  // no room even for "N/M": the filter panel has the counts
  ImGui::SameLine(std::max(after_buttons, right - w));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(counts.c_str());
}

void View::export_popup() {
  if (!ImGui::BeginPopup("export")) return;
  ImGui::TextUnformatted("Export the filtered view (saved atomically)");
  ImGui::Separator();
  const auto write = [&](const std::string& path, const std::string& content, const char* what) {
    try {
      write_file_atomically(path, content);
      report("Wrote " + std::string{what} + " to " + path + " (" + with_thousands(model_.shown().size()) + " events)",
             false);
    } catch (const std::exception& e) {
      report(e.what(), true);
    }
    ImGui::CloseCurrentPopup();
  };
  ImGui::SetNextItemWidth(320.0f);
  ImGui::InputText("##json", &export_json_path_);
  ImGui::SameLine();
  if (ImGui::Button("Timeline JSON"))
    write(export_json_path_, to_json(model_.shown_timeline(periods_)), "timeline JSON");
  ImGui::SetNextItemWidth(320.0f);
  ImGui::InputText("##tljs", &export_timelinejs_path_);
  ImGui::SameLine();
  if (ImGui::Button("TimelineJS JSON"))
    write(export_timelinejs_path_, to_timelinejs(model_.shown_timeline(periods_)), "TimelineJS JSON");
  ImGui::SetNextItemWidth(320.0f);
  ImGui::InputText("##png", &export_png_path_);
  ImGui::SameLine();
  if (ImGui::Button("PNG of the view")) {
    png_request_ = export_png_path_;
    busy_frames_ = 3;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void View::canvas(ImVec2 size) {
  ImGui::BeginChild("canvas", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 end{origin.x + size.x, origin.y + size.y};
  dl->AddRectFilled(origin, end, canvas_bg);

  // The gutter is as wide as the lane names and counts need (within bounds): "North Atlantic
  // Treaty Organization" or "other (302 actors)" cut to a few letters names nothing.
  float names_width = 0.0f;
  for (const Lane& lane : model_.lanes())
    names_width = std::max(names_width, ImGui::CalcTextSize(lane.name.c_str()).x +
                                            ImGui::CalcTextSize(with_thousands(lane.events.size()).c_str()).x);
  const float decorations = 16.0f + 8.0f + 16.0f + 8.0f;  // swatch, margins, gap before the count
  gutter_width_ =
      std::clamp(names_width + decorations, min_gutter_width, std::max(min_gutter_width, max_gutter_share * size.x));
  const float x_left = origin.x + gutter_width_;
  const float x_right = end.x - 14.0f;
  if (!axis_fitted_) {
    axis_ = with_pixels(axis_, x_left, x_right);
    if (settings_.initial_range)
      axis_ = fit_axis(settings_.initial_range->first, settings_.initial_range->last, x_left, x_right, 0.0);
    else if (const auto bands = span_of_periods(settings_.periods))
      axis_ = fit_leaving_label_room(*bands, x_left, x_right);  // as Home does: "make an official visit" read "ma…"
    else
      fit_view();
    axis_fitted_ = true;
  }
  axis_ = with_pixels(axis_, x_left, x_right);

  const float lanes_top = origin.y + axis_height;
  const float legend = legend_height(size.x);
  const float lanes_bottom = end.y - legend - minimap_height;
  lanes_top_ = lanes_top;
  lanes_bottom_ = lanes_bottom;
  draw_axis(dl, origin, axis_height, lanes_bottom);
  draw_lanes(dl, ImVec2{origin.x, lanes_top}, ImVec2{size.x, lanes_bottom - lanes_top});
  // The DCT labels over the lanes, not under them: an event's label at the foot of the lanes ran
  // through "DCT 2009-12-19" and neither could be read.
  dl->PushClipRect(ImVec2{axis_.x_left - 1.0f, lanes_top}, ImVec2{axis_.x_right + 14.0f, lanes_bottom}, true);
  for (const auto& [at, label] : dct_labels_) {
    // Right of the line at the foot of the lanes; where a mark or label is there, left of the line,
    // then at the top of the lanes; over them only when all four are taken.
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    const float right = at.x, left = at.x - 8.0f - ts.x, foot = at.y, head = lanes_top + 3.0f;
    const auto box = [&](float x, float y) { return Box{x - 2, y - 1, x + ts.x + 2, y + ts.y + 1}; };
    const std::array<Box, 4> places{box(right, foot), box(left, foot), box(right, head), box(left, head)};
    // Not cut at the canvas's right edge either (a narrow window put it over an event's label there).
    const Box& b =
        places[first_clear(places, drawn_, Box{axis_.x_left - 1.0f, lanes_top, axis_.x_right + 14.0f, lanes_bottom})];
    dl->AddRectFilled(ImVec2{b.x0, b.y0}, ImVec2{b.x1, b.y1}, IM_COL32(255, 255, 255, 240), 3.0f);
    dl->AddText(ImVec2{b.x0 + 2, b.y0 + 1}, dct_colour, label.c_str());
  }
  dl->PopClipRect();
  draw_legend(dl, ImVec2{origin.x, lanes_bottom}, size.x, legend);
  draw_minimap(dl, ImVec2{origin.x, lanes_bottom + legend}, ImVec2{size.x, minimap_height});

  // Errors stay visible over the canvas until the files are fixed.
  float y = lanes_top + 6.0f;
  for (std::size_t i = 0; i < model_.errors().size() && i < 4; ++i) {
    const std::string& e = model_.errors()[i];
    const ImVec2 sz = ImGui::CalcTextSize(e.c_str(), nullptr, false, size.x - gutter_width_ - 40.0f);
    dl->AddRectFilled(ImVec2{x_left, y}, ImVec2{x_left + sz.x + 16.0f, y + sz.y + 8.0f}, IM_COL32(253, 236, 236, 245),
                      4.0f);
    dl->AddText(nullptr, 0.0f, ImVec2{x_left + 8.0f, y + 4.0f}, IM_COL32(170, 20, 20, 255), e.c_str(), nullptr,
                size.x - gutter_width_ - 40.0f);
    y += sz.y + 12.0f;
  }
  ImGui::EndChild();
}

void View::draw_axis(ImDrawList* dl, ImVec2 top_left, float height, float lanes_bottom) {
  const float bottom = top_left.y + height;
  dl->AddRectFilled(top_left, ImVec2{axis_.x_right + 14.0f, bottom}, axis_bg);
  dl->AddLine(ImVec2{axis_.x_left, bottom}, ImVec2{axis_.x_right, bottom}, ink_soft);
  dl->PushClipRect(ImVec2{axis_.x_left - 1.0f, top_left.y}, ImVec2{axis_.x_right + 14.0f, lanes_bottom}, true);

  // Period bands under everything else, their names left to right in the strip under the ticks
  // (place_strip_labels: within each band, never one over another; the side panel has them all).
  std::vector<std::size_t> band_order(periods_.size());
  std::iota(band_order.begin(), band_order.end(), std::size_t{0});
  std::stable_sort(band_order.begin(), band_order.end(),
                   [&](std::size_t a, std::size_t b) { return periods_[a].start < periods_[b].start; });
  std::vector<RowSpan> bands;
  std::vector<float> name_widths;
  for (const std::size_t i : band_order) {
    const Period& p = periods_[i];
    const float x0 = axis_.x_of(day_number(p.start)), x1 = axis_.x_of(day_number(p.end) + 1.0);
    bands.push_back({x0, x1});
    name_widths.push_back(ImGui::CalcTextSize(p.name.c_str()).x);
    if (x1 < axis_.x_left || x0 > axis_.x_right) continue;
    const ImU32 c = period_colours[i % 4];
    dl->AddRectFilled(ImVec2{x0, bottom - 18.0f}, ImVec2{x1, lanes_bottom}, with_alpha(c, 0.07f));
    dl->AddRectFilled(ImVec2{x0, bottom - 18.0f}, ImVec2{x1, bottom}, with_alpha(c, 0.25f));
    dl->AddLine(ImVec2{x0, bottom - 18.0f}, ImVec2{x0, lanes_bottom}, with_alpha(c, 0.5f));
    dl->AddLine(ImVec2{x1, bottom - 18.0f}, ImVec2{x1, lanes_bottom}, with_alpha(c, 0.5f));
  }
  std::vector<StripLabel> names;
  place_strip_labels(bands, name_widths, axis_.x_left, axis_.x_right, ImGui::CalcTextSize("W\u2026").x, names);
  std::vector<Box> name_boxes;  // where the names are, for the "today" label to keep clear of
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (names[k].room <= 0.0f) continue;
    const std::size_t i = band_order[k];
    name_boxes.push_back(Box{names[k].x, bottom - 18.0f, names[k].x + std::min(name_widths[k], names[k].room), bottom});
    // A shade darker than the band: its own colour on its tint was hard to read.
    dl->AddText(ImVec2{names[k].x, bottom - 17.0f}, darker(period_colours[i % 4], 0.62f),
                elide(periods_[i].name, names[k].room).c_str());
  }

  const AxisTicks ticks = choose_ticks(axis_, 84.0f);
  for (double d : ticks.minor) {
    const float x = axis_.x_of(d);
    dl->AddLine(ImVec2{x, bottom - 4.0f}, ImVec2{x, bottom}, ink_soft);
  }
  for (const Tick& t : ticks.ticks) {
    const float x = std::round(axis_.x_of(t.day)) + 0.5f;
    dl->AddLine(ImVec2{x, bottom}, ImVec2{x, lanes_bottom}, grid);
    dl->AddLine(ImVec2{x, top_left.y + 4.0f}, ImVec2{x, bottom}, ink_soft);
    if (x + 4.0f + ImGui::CalcTextSize(t.label.c_str()).x <= axis_.x_right + 14.0f)  // no half labels
      dl->AddText(ImVec2{x + 4.0f, top_left.y + 4.0f}, ink, t.label.c_str());
  }

  // DCT markers: every distinct creation date in view. A few are dashed lines through the lanes;
  // many (a corpus of news stories) would bury the events under red lines, so they become short
  // red ticks under the axis instead — all of them, not an arbitrary first few.
  std::vector<date::sys_days> dcts;
  dct_labels_.clear();
  dct_lines_.clear();
  for (const Document& d : model_.timeline().documents()) {
    const float x = axis_.x_of(day_number(d.dct) + 0.5);
    if (x >= axis_.x_left - 1.0f && x <= axis_.x_right + 1.0f) dcts.push_back(d.dct);
  }
  std::sort(dcts.begin(), dcts.end());
  dcts.erase(std::unique(dcts.begin(), dcts.end()), dcts.end());
  constexpr std::size_t most_dct_lines = 6;
  for (date::sys_days d : dcts) {
    const float x = axis_.x_of(day_number(d) + 0.5);
    if (dcts.size() > most_dct_lines) {
      dl->AddLine(ImVec2{x, bottom - 7.0f}, ImVec2{x, bottom}, with_alpha(dct_colour, 0.6f), 1.0f);
      continue;
    }
    const float day_width = static_cast<float>(1.0 / axis_.days_per_pixel());
    if (day_width >= 12.0f) {  // zoomed into hours: the DCT is a day, not a line at noon
      dl->AddRectFilled(ImVec2{x - day_width / 2, bottom}, ImVec2{x + day_width / 2, lanes_bottom},
                        with_alpha(dct_colour, 0.06f));
      dashed_vline(dl, x - day_width / 2, bottom, lanes_bottom, dct_colour);
      dct_lines_.push_back(x - day_width / 2);
    } else {
      dashed_vline(dl, x, bottom, lanes_bottom, dct_colour);
      dct_lines_.push_back(x);
    }
    if (dcts.size() <= 2) {  // labelled at the foot of the lanes, clear of the period names
      const std::string label = "DCT " + to_iso_date(d);
      const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
      dct_labels_.push_back(
          {ImVec2{(day_width >= 12.0f ? x - day_width / 2 : x) + 4.0f, lanes_bottom - ts.y - 3.0f}, label});
    }
  }
  const double today = day_number(date::floor<date::days>(std::chrono::system_clock::now()));
  const float xt = axis_.x_of(today + 0.5);
  if (xt >= axis_.x_left && xt <= axis_.x_right) {
    dl->AddLine(ImVec2{xt, bottom - 18.0f}, ImVec2{xt, lanes_bottom}, IM_COL32(40, 150, 90, 160), 1.5f);
    // Right of the line, else left of it, in the strip of the period names: never over a name nor
    // cut at an edge; with no such place the green line alone.
    const float w = ImGui::CalcTextSize("today").x;
    const std::array<Box, 2> places{Box{xt + 4.0f, bottom - 18.0f, xt + 4.0f + w, bottom},
                                    Box{xt - 4.0f - w, bottom - 18.0f, xt - 4.0f, bottom}};
    const Box strip{axis_.x_left - 1.0f, bottom - 18.0f, axis_.x_right + 14.0f, bottom};
    const Box& at = places[first_clear(places, name_boxes, strip)];
    const bool clear =
        at.x0 >= strip.x0 && at.x1 <= strip.x1 &&
        std::none_of(name_boxes.begin(), name_boxes.end(), [&](const Box& n) { return at.x0 < n.x1 && n.x0 < at.x1; });
    if (clear) dl->AddText(ImVec2{at.x0, bottom - 17.0f}, IM_COL32(40, 130, 80, 255), "today");
  }
  dl->PopClipRect();

  // The axis strip: wheel zooms, a drag defines a new period.
  ImGui::SetCursorScreenPos(ImVec2{axis_.x_left, top_left.y});
  ImGui::InvisibleButton("axis", ImVec2{axis_.x_right - axis_.x_left, height});
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) {
    axis_ = zoom_around(axis_, io.MousePos.x, std::pow(1.2, io.MouseWheel));
    busy_frames_ = 3;
  }
  if (ImGui::IsItemActivated()) period_drag_from_ = io.MousePos.x;
  if (ImGui::IsItemActive() && period_drag_from_ >= 0.0f) {
    const float a = std::min(period_drag_from_, io.MousePos.x), b = std::max(period_drag_from_, io.MousePos.x);
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2{a, bottom - 18.0f}, ImVec2{b, lanes_bottom},
                                                  IM_COL32(78, 121, 167, 50));
    ImGui::SetTooltip("New period %s .. %s", format_day(axis_.day_at(a)).c_str(), format_day(axis_.day_at(b)).c_str());
  }
  if (ImGui::IsItemDeactivated() && period_drag_from_ >= 0.0f) {
    const float a = std::min(period_drag_from_, io.MousePos.x), b = std::max(period_drag_from_, io.MousePos.x);
    if (b - a >= 4.0f) {
      const auto first = date::sys_days{date::days{static_cast<int>(std::floor(axis_.day_at(a)))}};
      const auto last = date::sys_days{date::days{static_cast<int>(std::floor(axis_.day_at(b)))}};
      periods_.push_back({"P" + std::to_string(periods_.size() + 1), first, last});
      report("Added period " + periods_.back().name + " " + to_iso_date(first) + ".." + to_iso_date(last), false);
    }
    period_drag_from_ = -1.0f;
  }
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
    ImGui::SetTooltip("Drag along the axis to define a period; wheel to zoom");
}

void View::draw_lanes(ImDrawList* dl, ImVec2 top_left, ImVec2 size) {
  // Only as many lanes as the canvas holds at one row each; the rest go into the "other" lane.
  model_.set_max_lanes(lanes_that_fit(size.y, row_height + 2 * lane_padding));
  const auto& lanes = model_.lanes();
  const auto& events = model_.timeline().events();
  const float bottom = top_left.y + size.y;
  const ImGuiIO& io = ImGui::GetIO();
  const float font_size = ImGui::GetFontSize();
  drawn_.clear();
  not_shown_ = 0;

  // Marks and label rows per lane. First pass: how many rows each lane would like.
  marks_.resize(lanes.size());
  lane_rows_.resize(lanes.size());
  std::vector<int> wanted(lanes.size(), 1);
  // Badge widths by the number of digits (the font's digits are all one width): no text measured
  // per fold, of which a frame can have thousands.
  const float fold_half_by_digits[3] = {fold_half_width("8"), fold_half_width("88"), fold_half_width("888")};
  const auto fold_half = [&](std::uint32_t count) {
    if (count < 1000) return fold_half_by_digits[count < 10 ? 0 : count < 100 ? 1 : 2];
    char text[12];
    fold_count_text(count, text);
    return fold_half_width(text);
  };
  // A duplicate's own mark: an echo of a happening a first report shows, packed after those.
  const auto is_echo = [&](const Lane& lane, const Mark& m) {
    return m.count == 1 && !m.density && model_.is_duplicate(lane.events[m.first]);
  };
  // A fold takes its badge and the extent of its events in a row (`fold_extents`), or, when that
  // would leave events out, its badge alone, its whisker then drawn behind whatever shares the row.
  const auto span_of = [&](const Lane& lane, const Mark& m, bool labelled, bool fold_extents) {
    if (m.count > 1) {
      const float half = fold_half(m.count);
      const FoldPlace place = place_fold(m, half);
      return fold_extents ? place.span : RowSpan{place.centre - half, place.centre + half};
    }
    const bool point = m.x1 - m.x0 < 2.0f * point_radius;
    const Bound bound = model_.bound_of(lane.events[m.first]);
    const DotShape dot = dot_of((m.x0 + m.x1) / 2, bound);
    const float x0 = point ? dot.x0 : m.x0;
    float x1 = point ? dot.x1 : m.x1;
    if (!point) x1 += bar_arrow_room;
    if (labelled) {  // where draw_lanes puts the label: beside a dot, inside a bar or after a short one
      const float width = label_width(lane.events[m.first]);
      const float text_start = point ? x1 + 4.0f
                                     : bar_label_x(bar_shape(m.x0, m.x1, starts_open(bound), ends_open(bound)), width,
                                                   axis_.x_left, axis_.x_right, bar_label_gap);
      x1 = std::max(x1, text_start + width);
    }
    return RowSpan{x0, x1};
  };
  // `give_way`: pack narrowest first too when that shows more events (pack_rows with weights). The
  // weights count events twice, less one for a bar across the whole view: at equal events left
  // out, such a bar (it says only "throughout") gives way to a mark of something within the view —
  // zoomed into a day, the bombing at 10:35 rather than the eighth multi-year bar over it.
  const auto pack_marks = [&](const Lane& lane, const std::vector<Mark>& marks, int max_rows,
                              std::vector<RowPlacement>& rows, bool give_way, bool fold_extents = true) {
    const bool labelled = marks.size() <= label_limit;
    spans_.clear();
    bare_spans_.clear();
    mark_counts_.clear();
    echoes_.clear();
    for (const Mark& m : marks) {
      spans_.push_back(span_of(lane, m, labelled, fold_extents));
      bare_spans_.push_back(span_of(lane, m, false, fold_extents));
      const bool spans_view = m.count == 1 && m.x0 <= axis_.x_left && m.x1 >= axis_.x_right;
      mark_counts_.push_back(2 * m.count - (spans_view ? 1 : 0));
      echoes_.push_back(is_echo(lane, m) ? 1 : 0);
    }
    // Duplicates are packed after the first reports, into the room those leave.
    pack_rows(spans_, bare_spans_, max_rows, row_gap, rows,
              give_way ? std::span<const std::uint32_t>{mark_counts_} : std::span<const std::uint32_t>{}, echoes_);
  };
  // The first reports left out: a duplicate with no row (it yields to them) is no reason to fold
  // a lane coarser or to give it more rows.
  const auto events_left_out = [&](const Lane& lane, const std::vector<Mark>& marks,
                                   const std::vector<RowPlacement>& rows) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < rows.size(); ++k)
      if (rows[k].row < 0 && !is_echo(lane, marks[k])) n += marks[k].count;
    return n;
  };
  // An event with a clock time ("10:35") is a dot at that time once its day is wide enough to show
  // where in the day it is, rather than a bar over the whole day. Marks stay ascending by x0.
  const bool days_are_wide = axis_.days_per_pixel() * 2.0 * point_radius < 1.0;
  const auto marks_of = [&](const Lane& lane, float fold, std::vector<Mark>& marks) {
    build_marks(lane, axis_, fold, detail_limit, marks);
    if (!days_are_wide) return;
    bool moved = false;
    for (Mark& m : marks) {
      if (m.count != 1 || m.density) continue;
      const float clock = model_.clock_of(lane.events[m.first]);
      if (clock < 0.0f) continue;
      m.x0 = m.x1 = axis_.x_of(static_cast<double>(lane.starts[m.first]) + static_cast<double>(clock));
      moved = true;
    }
    if (moved) std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.x0 < b.x0; });
  };
  // Marks that find no row would be dropped (counted as "not shown"). Rather than drop them, a lane
  // that leaves any out is folded coarser: first at a badge's width (a three-digit count's), so
  // numbered badges sit side by side in one row, then three times that, which folds short bars
  // (a year at a decades' zoom) too. Every event stays visible as part of a count (a click zooms
  // into it); only bars wider than the coarsest fold may still find no row. When every rung leaves
  // some out (a bar that no fold narrows), the finest rung that leaves out the fewest events is kept.
  const float crowded_fold_px = 2 * fold_half_by_digits[2] + row_gap + 1.0f;
  const float fold_ladder[3] = {fold_px, crowded_fold_px, 3.0f * crowded_fold_px};
  constexpr int fold_levels = 3;
  std::vector<int> fold_level(lanes.size(), 0);  // the rung of fold_ladder marks_[i] were built with
  const auto layout_lane = [&](std::size_t i, int max_rows, int first_level) {
    int best_level = first_level;
    std::size_t best_left_out = static_cast<std::size_t>(-1);
    for (int level = first_level; level < fold_levels; ++level) {
      marks_of(lanes[i], fold_ladder[level], marks_[i]);
      fold_level[i] = level;
      if (!marks_[i].empty() && marks_[i].front().density) return;
      pack_marks(lanes[i], marks_[i], max_rows, lane_rows_[i], level == fold_levels - 1 || days_are_wide);
      const std::size_t left_out = events_left_out(lanes[i], marks_[i], lane_rows_[i]);
      if (left_out == 0) return;
      if (left_out < best_left_out) {
        best_left_out = left_out;
        best_level = level;
      }
      // Days wider than a dot fold coarser too: a day's crowd of bars (120 reports of one bombing
      // at two months' zoom) is a count, not 89 events left out.
    }
    if (best_level == fold_level[i]) return;
    marks_of(lanes[i], fold_ladder[best_level], marks_[i]);
    fold_level[i] = best_level;
    pack_marks(lanes[i], marks_[i], max_rows, lane_rows_[i], days_are_wide);
  };
  const auto is_density = [&](std::size_t i) { return !marks_[i].empty() && marks_[i].front().density; };
  // After the rows are given: a lane that still leaves events out has its folds packed by their
  // badges alone when that shows more of them (once per frame, not at every fold level tried).
  const auto compact_folds = [&](std::size_t i, int max_rows) {
    if (is_density(i)) return;
    const std::size_t left_out = events_left_out(lanes[i], marks_[i], lane_rows_[i]);
    if (left_out == 0 || std::none_of(marks_[i].begin(), marks_[i].end(), [&](const Mark& m) {
          // else the spans would be the same (fold_radius first: no text measured for most folds)
          return m.count > 1 && m.x1 - m.x0 > 2 * fold_radius && m.x1 - m.x0 > 2 * fold_half(m.count);
        }))
      return;
    pack_marks(lanes[i], marks_[i], max_rows, scratch_rows_, fold_level[i] == fold_levels - 1 || days_are_wide, false);
    if (events_left_out(lanes[i], marks_[i], scratch_rows_) < left_out) lane_rows_[i].swap(scratch_rows_);
  };
  // A lane may ask for every row the others leave it at one row each (at least min_row_cap): a
  // single lane ("none") fills the canvas rather than leaving events out under empty space.
  const float usable = size.y - lane_padding * 2 * static_cast<float>(lanes.size());
  const int rows_total = std::max(static_cast<int>(lanes.size()), static_cast<int>(usable / row_height));
  const int max_label_rows =
      std::clamp(2 * rows_total / std::max(1, static_cast<int>(lanes.size())), min_row_cap,
                 std::clamp(rows_total - static_cast<int>(lanes.size()) + 1, min_row_cap, 64));  // 64: pack_rows' most
  // max_label_rows when a first report found no row (a duplicate left out asks for none)
  const auto rows_used = [&](const Lane& lane, const std::vector<Mark>& marks, const std::vector<RowPlacement>& rows) {
    int used = 1;
    for (std::size_t k = 0; k < rows.size(); ++k)
      used = std::max(used, rows[k].row >= 0 ? rows[k].row + 1 : is_echo(lane, marks[k]) ? 1 : max_label_rows);
    return used;
  };
  int wanted_total = 0;
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    layout_lane(i, max_label_rows, 0);
    if (is_density(i)) {
      wanted[i] = 3;
      lane_rows_[i].assign(marks_[i].size(), RowPlacement{0, false});
    } else {
      wanted[i] = rows_used(lanes[i], marks_[i], lane_rows_[i]);
    }
    wanted_total += wanted[i];
  }
  // Second pass: give each lane its rows. When they do not all fit, each lane first gets the rows
  // it needs with its marks folded at a badge's width (so nothing is left out where folding can
  // show it), then the rows left go to lanes that want more detail, in lane order.
  std::vector<float> lane_height(lanes.size());
  const bool fits = static_cast<float>(wanted_total) * row_height <= usable;
  std::vector<int> given(wanted);
  if (!fits) {
    std::vector<int> need(lanes.size(), 1);
    int need_total = 0;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
      if (fold_level[i] > 0) {
        need[i] = wanted[i];  // already folded: what it wants is what folding needs
      } else if (!is_density(i) && wanted[i] > 1) {
        for (int level = 1; level < fold_levels; ++level) {  // the first fold that leaves nothing out
          marks_of(lanes[i], fold_ladder[level], scratch_marks_);
          pack_marks(lanes[i], scratch_marks_, max_label_rows, scratch_rows_, level == fold_levels - 1);
          need[i] = std::min(wanted[i], rows_used(lanes[i], scratch_marks_, scratch_rows_));
          if (events_left_out(lanes[i], scratch_marks_, scratch_rows_) == 0) break;
        }
      }
      need_total += need[i];
    }
    // Folded rows for all when they fit, then detail; else one row each, then folded rows.
    const bool folded_fit = need_total <= rows_total;
    const std::vector<int>& target = folded_fit ? wanted : need;
    int left = rows_total;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
      given[i] = folded_fit ? need[i] : 1;
      left -= given[i];
    }
    for (bool more = true; left > 0 && more;) {  // one row at a time round the lanes, in lane order
      more = false;
      for (std::size_t i = 0; left > 0 && i < lanes.size(); ++i)
        if (given[i] < target[i]) {
          ++given[i];
          --left;
          more = true;
        }
    }
  }
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    if (given[i] < wanted[i] && !is_density(i)) {
      layout_lane(i, given[i], fold_level[i]);
      given[i] = std::min(given[i],
                          rows_used(lanes[i], marks_[i], lane_rows_[i]));  // folded into fewer rows: the rest is spare
    }
    compact_folds(i, given[i]);
    lane_height[i] = static_cast<float>(given[i]) * row_height + 2 * lane_padding;
  }
  std::vector<float> content_offset(lanes.size(), 0.0f);
  const float total_height = std::accumulate(lane_height.begin(), lane_height.end(), 0.0f);
  if (total_height < size.y && !lanes.empty()) {  // spread spare height so lanes fill the canvas; rows sit centred
    const float spare = (size.y - total_height) / static_cast<float>(lanes.size());
    for (std::size_t i = 0; i < lanes.size(); ++i) {
      const float extra = std::min(spare, 6.0f * row_height);
      lane_height[i] += extra;
      content_offset[i] = std::floor(extra / 2);
    }
  }

  // Interaction surface for the lanes: wheel zoom, drag pan, right-drag box zoom, click select.
  ImGui::SetCursorScreenPos(ImVec2{axis_.x_left, top_left.y});
  ImGui::InvisibleButton("lanes", ImVec2{axis_.x_right - axis_.x_left, std::max(1.0f, size.y)},
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  const bool canvas_hovered = ImGui::IsItemHovered();
  const bool dragging = ImGui::IsItemActive() && (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f) ||
                                                  ImGui::IsMouseDragging(ImGuiMouseButton_Right, 3.0f));
  if (canvas_hovered && io.MouseWheel != 0.0f) {
    axis_ = zoom_around(axis_, io.MousePos.x, std::pow(1.2, io.MouseWheel));
    busy_frames_ = 3;
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f) && io.MouseDelta.x != 0.0f) {
    axis_ = pan_by_pixels(axis_, io.MouseDelta.x);
    busy_frames_ = 3;
  }
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Right, 3.0f)) {
    box_zoom_from_ = io.MouseClickedPos[ImGuiMouseButton_Right].x;
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2{std::min(box_zoom_from_, io.MousePos.x), top_left.y},
                                                  ImVec2{std::max(box_zoom_from_, io.MousePos.x), bottom},
                                                  IM_COL32(78, 121, 167, 40));
  }
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Right) && box_zoom_from_ >= 0.0f) {
    const float a = std::min(box_zoom_from_, io.MousePos.x), b = std::max(box_zoom_from_, io.MousePos.x);
    if (b - a >= 5.0f) axis_ = fit_axis(axis_.day_at(a), axis_.day_at(b), axis_.x_left, axis_.x_right, 0.0);
    box_zoom_from_ = -1.0f;
    busy_frames_ = 3;
  }
  if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) fit_view();
  const bool clicked = ImGui::IsItemDeactivated() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                       std::abs(ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f).x) < 3.0f;

  std::optional<Hit> hit;
  float y = top_left.y;
  for (std::size_t i = 0; i < lanes.size() && y < bottom; ++i) {
    const Lane& lane = lanes[i];
    const float h = lane_height[i];
    const float lane_bottom = std::min(bottom, y + h);
    if (i % 2 == 1) dl->AddRectFilled(ImVec2{top_left.x, y}, ImVec2{axis_.x_right + 14.0f, lane_bottom}, stripe_bg);
    dl->AddLine(ImVec2{top_left.x, lane_bottom}, ImVec2{axis_.x_right + 14.0f, lane_bottom}, grid);

    // Lane name in the gutter, with its colour when lanes are types.
    float name_x = top_left.x + 8.0f;
    if (model_.lane_key() == LaneKey::type) {
      dl->AddRectFilled(ImVec2{name_x, y + content_offset[i] + lane_padding + 5.0f},
                        ImVec2{name_x + 10.0f, y + content_offset[i] + lane_padding + 15.0f}, type_colour(lane.name),
                        2.0f);
      name_x += 16.0f;
    }
    const std::string count = with_thousands(lane.events.size());
    const float count_w = ImGui::CalcTextSize(count.c_str()).x;
    const float name_room = gutter_width_ - (name_x - top_left.x) - count_w - 16.0f;
    const std::string name =
        model_.lane_key() == LaneKey::document ? elide_middle(lane.name, name_room) : elide(lane.name, name_room);
    dl->AddText(ImVec2{name_x, y + content_offset[i] + lane_padding + 2.0f}, ink, name.c_str());
    dl->AddText(ImVec2{top_left.x + gutter_width_ - count_w - 8.0f, y + content_offset[i] + lane_padding + 2.0f},
                ink_soft, count.c_str());

    dl->PushClipRect(ImVec2{axis_.x_left - 1.0f, y}, ImVec2{axis_.x_right + 14.0f, lane_bottom}, true);
    const auto& marks = marks_[i];
    const auto& rows = lane_rows_[i];
    const bool labelled = marks.size() <= label_limit;
    std::uint32_t densest = 1;
    for (const Mark& m : marks) densest = std::max(densest, m.count);
    const bool colour_by_lane = model_.lane_key() == LaneKey::type;
    // Where the selected event is in this lane, if it is: when it is folded into a badge, the badge
    // is ringed, so a selection (a click, Tab) is never lost inside a number.
    std::optional<std::uint32_t> selected_at;
    float selected_x0 = 0.0f, selected_x1 = 0.0f;
    if (selected_) {
      const Interval& when = events[*selected_].time.interval;
      const auto start = static_cast<std::int32_t>(day_number(when.start));
      const auto [lo, hi] = std::equal_range(lane.starts.begin(), lane.starts.end(), start);
      for (auto it = lo; it != hi; ++it)
        if (lane.events[static_cast<std::size_t>(it - lane.starts.begin())] == *selected_)
          selected_at = static_cast<std::uint32_t>(it - lane.starts.begin());
      selected_x0 = axis_.x_of(day_number(when.start));
      selected_x1 = axis_.x_of(day_number(when.end) + 1.0);
    }
    // Folds' whiskers first, under every mark. Packed by badges alone, neighbours' whiskers would
    // run into each other (and through labels): each is cut where it meets its neighbour in the
    // row, and a cut side has no end tick. The fold's tooltip gives its dates.
    const auto whiskered = [&](const Mark& m) {
      return m.count > 1 && !m.density && m.x1 - m.x0 > 2 * fold_half(m.count);
    };
    bool any_whisker = false;
    for (std::size_t k = 0; k < marks.size() && !any_whisker; ++k)
      any_whisker = rows[k].row >= 0 && whiskered(marks[k]);
    if (any_whisker) {
      extents_.clear();
      bare_spans_.clear();
      for (std::size_t k = 0; k < marks.size(); ++k) {
        const Mark& m = marks[k];
        const RowSpan drawn = span_of(lane, m, labelled && rows[k].labelled, false);
        bare_spans_.push_back(drawn);
        extents_.push_back(whiskered(m) ? place_fold(m, fold_half(m.count)).span : drawn);
      }
      trim_whiskers(extents_, bare_spans_, rows, row_gap, whiskers_);
    }
    for (std::size_t k = 0; any_whisker && k < marks.size(); ++k) {
      const Mark& m = marks[k];
      if (rows[k].row < 0 || !whiskered(m)) continue;
      const float yc = y + content_offset[i] + lane_padding + row_height * (static_cast<float>(rows[k].row) + 0.5f);
      const ImU32 whisker = with_alpha(darker(fold_colour(lane, m), 0.85f), 0.8f);
      const float x0 = std::max(m.x0, whiskers_[k].x0), x1 = std::min(m.x1, whiskers_[k].x1);
      hline(dl, x0, x1, yc, whisker, 1.5f);
      if (x0 <= m.x0) vline(dl, m.x0 + 0.75f, yc - 4.0f, yc + 4.0f, whisker, 1.5f);
      if (x1 >= m.x1) vline(dl, m.x1 - 0.75f, yc - 4.0f, yc + 4.0f, whisker, 1.5f);
    }
    std::size_t left_out = 0;  // events with no room in this lane's rows at this zoom
    for (std::size_t k = 0; k < marks.size(); ++k) {
      const Mark& m = marks[k];
      if (rows[k].row < 0) {
        left_out += m.count;
        continue;
      }
      const int row = rows[k].row;
      const float yc = y + content_offset[i] + lane_padding + row_height * (static_cast<float>(row) + 0.5f);
      ImVec2 hit_min, hit_max;
      if (m.density) {
        // Height grows with the square root of the count: dense spots stand out, sparse ones stay visible.
        const float full = h - 2 * lane_padding;
        const float bar = std::max(2.0f, full * std::sqrt(static_cast<float>(m.count) / static_cast<float>(densest)));
        const ImU32 c = colour_by_lane ? type_colour(lane.name, 0.85f) : with_alpha(neutral, 0.75f);
        dl->AddRectFilled(ImVec2{m.x0, lane_bottom - lane_padding - bar},
                          ImVec2{std::max(m.x1 - 0.5f, m.x0 + 1.0f), lane_bottom - lane_padding}, c);
        hit_min = ImVec2{m.x0, y};
        hit_max = ImVec2{m.x1, lane_bottom};
      } else if (m.count > 1) {
        // A disc with the count in it, stretched into a pill when the count is wider (no "99+":
        // the analyst sees how many), centred on where its events lie; a whisker with end ticks
        // spans them when they reach beyond the disc.
        char text[12];
        fold_count_text(m.count, text);
        const float half = fold_half(m.count);
        const FoldPlace place = place_fold(m, half);
        const float xc = place.centre;
        const ImVec2 lo{xc - half, yc - fold_radius}, hi{xc + half, yc + fold_radius};
        const ImU32 colour = fold_colour(lane, m);
        dl->AddRectFilled(ImVec2{lo.x - 1.5f, lo.y - 1.5f}, ImVec2{hi.x + 1.5f, hi.y + 1.5f},
                          IM_COL32(255, 255, 255, 255), fold_radius + 1.5f);
        dl->AddRectFilled(lo, hi, with_alpha(colour, 0.9f), fold_radius);
        if (selected_at && *selected_at >= m.first && selected_x0 >= m.x0 - 0.5f && selected_x1 <= m.x1 + 0.5f)
          dl->AddRect(ImVec2{lo.x - 3.5f, lo.y - 3.5f}, ImVec2{hi.x + 3.5f, hi.y + 3.5f}, ink, fold_radius + 3.5f,
                      ImDrawFlags_None, 2.0f);
        const ImVec2 ts = ImGui::CalcTextSize(text);
        dl->AddText(nullptr, font_size * fold_text_scale,
                    ImVec2{xc - ts.x * fold_text_scale / 2, yc - ts.y * fold_text_scale / 2},
                    IM_COL32(255, 255, 255, 255), text);
        hit_min = lo;  // the badge: its whisker may run under other marks of the row
        hit_max = hi;
      } else {
        const std::uint32_t ev_index = lane.events[m.first];
        const Event& e = events[ev_index];
        const Interval& iv = e.time.interval;
        // A duplicate (another report of an event already in the timeline) is a ghost of its
        // type colour with a grey label: it is there, but not a second happening.
        const bool duplicate = !e.duplicate_of.empty();
        const ImU32 c = with_alpha(palette[model_.type_slot_of(ev_index)], duplicate ? duplicate_alpha : 1.0f);
        const bool planned = e.status == EventStatus::planned;
        const bool point = m.x1 - m.x0 < 2.0f * point_radius;
        float label_x;
        ImU32 under_label = canvas_bg;  // what a DCT line behind the label is painted over with
        if (point) {
          const float xc = (m.x0 + m.x1) / 2;
          if (iv.bound == Bound::approx)
            dl->AddCircleFilled(ImVec2{xc, yc}, point_radius + 4.0f, with_alpha(c, 0.25f), 12);
          // An open side fades away from the dot as a bar's open end does: "before March 2014" is
          // not the day "March 2014" would be.
          const DotShape dot = dot_of(xc, iv.bound);
          const ImU32 solid = with_alpha(c, planned ? 0.3f : 0.6f), clear = with_alpha(c, 0.0f);
          if (dot.x0 < xc - point_radius)
            dl->AddRectFilledMultiColor(ImVec2{dot.x0, yc - 4.0f}, ImVec2{xc, yc + 4.0f}, clear, solid, solid, clear);
          if (dot.x1 > xc + point_radius)
            dl->AddRectFilledMultiColor(ImVec2{xc, yc - 4.0f}, ImVec2{dot.x1, yc + 4.0f}, solid, clear, clear, solid);
          dl->AddCircleFilled(ImVec2{xc, yc}, point_radius, c, 12);
          if (planned) dl->AddCircleFilled(ImVec2{xc, yc}, point_radius - 2.0f, IM_COL32(255, 255, 255, 255), 12);
          hit_min = ImVec2{std::min(dot.x0, xc - point_radius - 2), yc - point_radius - 2};
          hit_max = ImVec2{std::max(dot.x1, xc + point_radius + 2), yc + point_radius + 2};
          label_x = dot.x1 + 4.0f;
          if (hover_target_ == ev_index) scripted_mouse_ = ImVec2{xc, yc};
          if (selected_ == ev_index) dl->AddCircle(ImVec2{xc, yc}, point_radius + 3.0f, ink, 20, 2.0f);
        } else {
          // A bar over the interval; an open end (by/before/until: start unknown; since/after:
          // goes on) fades out, planned events are hollow with dashed edges.
          const float x0 = m.x0, x1 = m.x1, top = yc - 7.0f, bot = yc + 7.0f;
          const bool open_start = starts_open(iv.bound), open_end = ends_open(iv.bound);
          const BarShape bar = bar_shape(x0, x1, open_start, open_end);
          const float alpha = planned ? 0.18f : 0.45f;
          const float s0 = bar.solid_x0, s1 = bar.solid_x1;
          if (open_start)
            dl->AddRectFilledMultiColor(ImVec2{x0, top}, ImVec2{s0, bot}, with_alpha(c, 0.0f), with_alpha(c, alpha),
                                        with_alpha(c, alpha), with_alpha(c, 0.0f));
          dl->AddRectFilled(ImVec2{s0, top}, ImVec2{s1, bot}, with_alpha(c, alpha));
          if (open_end)
            dl->AddRectFilledMultiColor(ImVec2{s1, top}, ImVec2{x1, bot}, with_alpha(c, alpha), with_alpha(c, 0.0f),
                                        with_alpha(c, 0.0f), with_alpha(c, alpha));
          if (planned) {
            const float d0 = std::max(s0, axis_.x_left - 8.0f), d1 = std::min(s1, axis_.x_right + 8.0f);
            dashed_hline(dl, d0, d1, top, darker(c, 0.8f), 1.5f);
            dashed_hline(dl, d0, d1, bot, darker(c, 0.8f), 1.5f);
          } else {
            hline(dl, s0, s1, top, c, 1.5f);
            hline(dl, s0, s1, bot, c, 1.5f);
          }
          if (!open_start) vline(dl, x0 + 1.5f, top - 0.75f, bot + 0.75f, c, 3.0f);
          if (!open_end) vline(dl, x1 - 0.75f, top - 0.75f, bot + 0.75f, c, 1.5f);
          if (e.status == EventStatus::ongoing)
            dl->AddTriangleFilled(ImVec2{x1, top - 1}, ImVec2{x1 + 7.0f, yc}, ImVec2{x1, bot + 1}, c);
          hit_min = ImVec2{x0, top};
          hit_max = ImVec2{x1, bot};
          label_x = bar_label_x(bar, label_width(ev_index), axis_.x_left, axis_.x_right, bar_label_gap);
          if (label_x < x1) under_label = with_alpha(c, alpha);  // written inside the bar
          const float xs = std::clamp((x0 + x1) / 2, axis_.x_left + 4.0f, axis_.x_right - 4.0f);
          if (hover_target_ == ev_index) scripted_mouse_ = ImVec2{xs, yc};
          if (selected_ == ev_index)
            dl->AddRect(ImVec2{x0 - 2, top - 2}, ImVec2{x1 + 2, bot + 2}, ink, 3.0f, ImDrawFlags_None, 2.0f);
        }
        if (labelled && rows[k].labelled) {
          // A label running past the right edge is elided there ("was posit" would be a different
          // word), or left out when not even a letter and the ellipsis fit.
          const float room = axis_.x_right + 12.0f - label_x;
          // A DCT line is cut where a label crosses it ("visi|ted" read as two words): the label's
          // background (or its bar's fill) over the line, the label on that.
          for (const float line : dct_lines_)
            if (line > label_x - 2.0f && line < label_x + std::min(label_width(ev_index), room) + 2.0f) {
              const ImVec2 a{line - 1.5f, yc - font_size / 2}, b{line + 1.5f, yc + font_size / 2};
              dl->AddRectFilled(a, b, canvas_bg);
              if (under_label != canvas_bg) dl->AddRectFilled(a, b, under_label);
            }
          if (label_x + label_width(ev_index) <= axis_.x_right + 12.0f)
            dl->AddText(ImVec2{label_x, yc - font_size / 2}, duplicate ? ink_soft : ink, e.trigger.c_str());
          else if (room >= ImGui::CalcTextSize("W\u2026").x)
            dl->AddText(ImVec2{label_x, yc - font_size / 2}, duplicate ? ink_soft : ink,
                        elide(e.trigger, room).c_str());
          drawn_.push_back(
              Box{label_x, yc - font_size / 2, label_x + std::min(label_width(ev_index), room), yc + font_size / 2});
        }
      }
      drawn_.push_back(Box{hit_min.x, hit_min.y, hit_max.x, hit_max.y});
      if (canvas_hovered && !dragging && io.MousePos.x >= hit_min.x && io.MousePos.x <= hit_max.x &&
          io.MousePos.y >= hit_min.y && io.MousePos.y <= hit_max.y)
        hit = Hit{static_cast<int>(i), m, yc};
    }
    dl->PopClipRect();
    not_shown_ += left_out;
    if (left_out > 0) {  // said rather than drawn on top of each other
      const std::string badge = "+" + with_thousands(left_out) + " not shown";
      if (h >= 2 * row_height) {  // in the gutter, under the lane's name
        dl->AddText(ImVec2{top_left.x + 24.0f, y + content_offset[i] + lane_padding + row_height + 2.0f}, ink_soft,
                    badge.c_str());
      } else {  // a one-row lane has no room there: a mark by the count, the number on hover
        const float mx = top_left.x + gutter_width_ - count_w - 14.0f,
                    my = y + content_offset[i] + lane_padding + 10.0f;
        dl->AddTriangleFilled(ImVec2{mx - 3.5f, my + 3.0f}, ImVec2{mx + 3.5f, my + 3.0f}, ImVec2{mx, my - 4.0f},
                              IM_COL32(200, 120, 20, 255));
      }
    }
    // The gutter's tooltip: the lane's whole name (it may be elided) and what is not shown.
    if (ImGui::IsWindowHovered() && io.MousePos.x >= top_left.x && io.MousePos.x < top_left.x + gutter_width_ &&
        io.MousePos.y >= y && io.MousePos.y < lane_bottom) {
      ImGui::BeginTooltip();
      ImGui::Text("%s: %s events", lane.name.c_str(), with_thousands(lane.events.size()).c_str());
      if (left_out > 0)
        ImGui::TextDisabled("%s not shown at this zoom: zoom in, or filter", with_thousands(left_out).c_str());
      ImGui::EndTooltip();
    }
    y += h;
  }

  // Scrolled or zoomed where no event lies (--range 2030..2031, a pan too far), empty lanes say
  // where the events are rather than looking like an empty timeline.
  const bool none_in_view = !model_.shown().empty() && drawn_.empty() && not_shown_ == 0;
  if (lanes.empty() || model_.shown().empty() || none_in_view) {
    std::string elsewhere;
    if (none_in_view) {
      const std::size_t n = model_.shown().size();
      elsewhere = (n == 1 ? std::string{"The one event lies outside this view"}
                          : "None of the " + with_thousands(n) + " events lies in this view") +
                  ". Home (or a double-click) fits the view to the events;\nthe overview below shows where they are.";
    }
    const char* hint = none_in_view ? elsewhere.c_str()
                       : model_.timeline().events().empty()
                           ? "No events to show. Open a timeline written by `annalist extract FILE -o timeline.json`,\n"
                             "or a text file (it is extracted on load): annalist-view FILE"
                           : "No event matches the filters. Clear the search or the filters in the side panel.";
    const ImVec2 ts = ImGui::CalcTextSize(hint);
    const ImVec2 at{(axis_.x_left + axis_.x_right - ts.x) / 2, top_left.y + size.y / 2 - ts.y / 2};
    dl->AddRectFilled(ImVec2{at.x - 10.0f, at.y - 8.0f}, ImVec2{at.x + ts.x + 10.0f, at.y + ts.y + 8.0f},
                      IM_COL32(255, 255, 255, 235), 4.0f);  // readable over the grid and the DCT line
    dl->AddText(at, ink_soft, hint);
  }

  if (hit) {
    // The tooltip goes under the hovered row, or over it in the lower half of the window, beside
    // the mouse: by default it sat below the cursor and covered the mark's own label. It is kept
    // inside the window (ImGui does not move a tooltip placed by hand): at 800x600 one beside a
    // mouse right of the middle ran out at the left edge. Its size is the last frame's.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const Box window{viewport->Pos.x, viewport->Pos.y, viewport->Pos.x + viewport->Size.x,
                     viewport->Pos.y + viewport->Size.y};
    const Box row{hit->mark.x0, hit->y - row_height / 2, hit->mark.x1, hit->y + row_height / 2};
    const Box at = place_tooltip(io.MousePos.x, row, tooltip_size_.x, tooltip_size_.y, window);
    ImGui::SetNextWindowPos(ImVec2{at.x0, at.y0}, ImGuiCond_Always);
    const Lane& lane = lanes[static_cast<std::size_t>(hit->lane)];
    if (hit->mark.count == 1 && !hit->mark.density)
      event_tooltip(lane.events[hit->mark.first]);
    else
      fold_tooltip(lane, hit->mark);
  }
  if (clicked) {
    if (hit && hit->mark.count == 1 && !hit->mark.density) {
      selected_ = lanes[static_cast<std::size_t>(hit->lane)].events[hit->mark.first];
    } else if (hit) {
      // A fold: zoom in on it until its events come apart.
      axis_ = zoom_around(axis_, (hit->mark.x0 + hit->mark.x1) / 2, 4.0);
    } else {
      selected_.reset();
    }
    busy_frames_ = 3;
  }
}

ImU32 View::fold_colour(const Lane& lane, const Mark& fold) {
  // A type lane's folds are all of its type. Elsewhere (actors, places, documents) a fold takes
  // its events' type colour only when they share one: a fold of mixed types in the colour of its
  // first event would claim they were all of that type.
  const int slot = model_.type_slot_of(lane.events[fold.first]);
  if (model_.lane_key() == LaneKey::type) return palette[slot];
  fold_members(lane, fold, axis_, fold.count, fold_members_);
  for (const std::uint32_t k : fold_members_)
    if (model_.type_slot_of(lane.events[k]) != slot) return neutral;
  return palette[slot];
}

float View::label_width(std::uint32_t event) {
  // Measured once per event: packing a crowded lane measures the same labels at every fold level
  // and every frame. A new timeline (other storage or size) starts afresh.
  const auto& events = model_.timeline().events();
  if (label_widths_.size() != events.size() || label_widths_of_ != events.data()) {
    label_widths_.assign(events.size(), -1.0f);
    label_widths_of_ = events.data();
  }
  float& width = label_widths_[event];
  if (width < 0.0f) width = ImGui::CalcTextSize(events[event].trigger.c_str()).x;
  return width;
}

namespace {

// The mark vocabulary of the legend: a symbol and its word each.
constexpr std::array<const char*, 5> vocabulary_words{"day", "span", "planned", "open end", "dup"};
constexpr std::array<float, 5> vocabulary_symbols{10.0f, 24.0f, 10.0f, 24.0f, 10.0f};
constexpr float legend_gap = 14.0f;  // between entries

float vocabulary_width() {
  float w = 0.0f;
  for (std::size_t k = 0; k < vocabulary_words.size(); ++k)
    w += vocabulary_symbols[k] + 4.0f + ImGui::CalcTextSize(vocabulary_words[k]).x +
         (k + 1 < vocabulary_words.size() ? legend_gap : 0.0f);
  return w;
}

}  // namespace

float View::legend_height(float width) const {
  // Every type with its count beside the vocabulary in one row, or two rows: the types across the
  // whole width, the vocabulary under them (a 1000 px window had room for one type and "+10 more").
  float types = 0.0f;
  for (const auto& t : model_.all_counts().types)
    types += 14.0f + ImGui::CalcTextSize((t.value + " " + with_thousands(t.count)).c_str()).x + legend_gap;
  return 8.0f + types + vocabulary_width() <= width - 16.0f ? legend_row_height : 2 * legend_row_height - 4.0f;
}

void View::draw_legend(ImDrawList* dl, ImVec2 top_left, float width, float height) {
  float x = top_left.x + 8.0f;
  const float y = top_left.y + 5.0f;
  const float right = top_left.x + width - 8.0f;
  const bool two_rows = height > legend_row_height;
  const float vocabulary = vocabulary_width();
  const float types_right = two_rows ? right : right - vocabulary - legend_gap;
  const auto& shown = model_.shown_counts().types;
  const auto& types = model_.all_counts().types;
  for (std::size_t k = 0; k < types.size(); ++k) {
    const auto& t = types[k];
    std::size_t n = 0;
    for (const auto& s : shown)
      if (s.value == t.value) n = s.count;
    const std::string text = t.value + " " + with_thousands(n);
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    // Types that do not fit are said, not dropped silently (the filter panel lists them all).
    const std::string more = "+" + std::to_string(types.size() - k) + " more";
    const float more_w = k + 1 < types.size() ? ImGui::CalcTextSize(more.c_str()).x + legend_gap : 0.0f;
    if (x + 14.0f + w + more_w > types_right) {
      if (x + ImGui::CalcTextSize(more.c_str()).x <= types_right) dl->AddText(ImVec2{x, y}, ink_soft, more.c_str());
      break;
    }
    dl->AddRectFilled(ImVec2{x, y + 3.0f}, ImVec2{x + 10.0f, y + 13.0f}, type_colour(t.value), 2.0f);
    dl->AddText(ImVec2{x + 14.0f, y}, n ? ink : ink_soft, text.c_str());
    x += 14.0f + w + legend_gap;
  }
  // The mark vocabulary: right-aligned after the types, or the second row's start.
  float kx = two_rows ? top_left.x + 8.0f : right - vocabulary;
  const float ky = two_rows ? y + legend_row_height - 4.0f : y;
  // An entry that would run past the canvas is left out whole, with those after it (a narrow
  // canvas cut "open end" at the side panel).
  const auto fits = [&](std::size_t k) {
    return kx + vocabulary_symbols[k] + 4.0f + ImGui::CalcTextSize(vocabulary_words[k]).x <= right;
  };
  const auto word = [&](std::size_t k) {
    dl->AddText(ImVec2{kx + vocabulary_symbols[k] + 4.0f, ky}, ink_soft, vocabulary_words[k]);
    kx += vocabulary_symbols[k] + 4.0f + ImGui::CalcTextSize(vocabulary_words[k]).x + legend_gap;
  };
  if (!fits(0)) return;
  dl->AddCircleFilled(ImVec2{kx + 5, ky + 8}, point_radius, neutral, 16);
  word(0);
  if (!fits(1)) return;
  dl->AddRectFilled(ImVec2{kx, ky + 2}, ImVec2{kx + 24, ky + 14}, with_alpha(neutral, 0.45f));
  word(1);
  if (!fits(2)) return;
  dl->AddCircleFilled(ImVec2{kx + 5, ky + 8}, point_radius, IM_COL32(255, 255, 255, 255), 16);
  dl->AddCircle(ImVec2{kx + 5, ky + 8}, point_radius - 0.5f, neutral, 16, 2.0f);
  word(2);
  if (!fits(3)) return;
  dl->AddRectFilledMultiColor(ImVec2{kx, ky + 2}, ImVec2{kx + 24, ky + 14}, with_alpha(neutral, 0.45f),
                              with_alpha(neutral, 0.0f), with_alpha(neutral, 0.0f), with_alpha(neutral, 0.45f));
  word(3);
  if (!fits(4)) return;
  dl->AddCircleFilled(ImVec2{kx + 5, ky + 8}, point_radius, with_alpha(neutral, duplicate_alpha), 16);
  word(4);
}

void View::draw_minimap(ImDrawList* dl, ImVec2 top_left, ImVec2 size) {
  const float x_left = top_left.x + gutter_width_, x_right = top_left.x + size.x - 14.0f;
  const float top = top_left.y + 4.0f, bottom = top_left.y + size.y - 4.0f;
  dl->AddRectFilled(ImVec2{x_left, top}, ImVec2{x_right, bottom}, axis_bg, 3.0f);
  dl->AddText(ImVec2{top_left.x + 8.0f, top + 4.0f}, ink_soft, "overview");
  const auto span = model_.data_span();
  const TimeAxis whole = span ? fit_axis(std::min(span->first, axis_.first_day), std::max(span->last, axis_.last_day),
                                         x_left, x_right, 0.01)
                              : fit_axis(axis_.first_day, axis_.last_day, x_left, x_right, 0.0);
  build_marks(model_.all_lane(), whole, 2.0f, 0, minimap_marks_);
  std::uint32_t densest = 1;
  for (const Mark& m : minimap_marks_) densest = std::max(densest, m.count);
  for (const Mark& m : minimap_marks_) {
    const float bar = std::max(1.5f, (bottom - top - 6.0f) * std::sqrt(static_cast<float>(m.count) / densest));
    dl->AddRectFilled(ImVec2{m.x0, bottom - 2.0f - bar}, ImVec2{m.x1 - 0.3f, bottom - 2.0f}, with_alpha(neutral, 0.6f));
  }
  const float tick_font = ImGui::GetFontSize() * 0.8f;
  for (const Tick& t : choose_ticks(whole, 70.0f).ticks) {
    const float x = whole.x_of(t.day);
    const float w = ImGui::CalcTextSize(t.label.c_str()).x * 0.8f;
    if (x < x_left || x + 2.0f + w > x_right) continue;  // no half labels at the ends
    dl->AddText(nullptr, tick_font, ImVec2{x + 2.0f, top + 1.0f}, ink_soft, t.label.c_str());
  }
  const float v0 = std::max(x_left, whole.x_of(axis_.first_day)), v1 = std::min(x_right, whole.x_of(axis_.last_day));
  dl->AddRectFilled(ImVec2{v0, top}, ImVec2{std::max(v1, v0 + 2.0f), bottom}, IM_COL32(78, 121, 167, 45), 2.0f);
  dl->AddRect(ImVec2{v0, top}, ImVec2{std::max(v1, v0 + 2.0f), bottom}, IM_COL32(78, 121, 167, 220), 2.0f,
              ImDrawFlags_None, 1.5f);

  // Click or drag in the overview to centre the view there.
  ImGui::SetCursorScreenPos(ImVec2{x_left, top});
  ImGui::InvisibleButton("minimap", ImVec2{std::max(1.0f, x_right - x_left), std::max(1.0f, bottom - top)});
  if (ImGui::IsItemActive()) {
    const double centre = whole.day_at(ImGui::GetIO().MousePos.x);
    const double half = axis_.visible_days() / 2;
    axis_.first_day = centre - half;
    axis_.last_day = centre + half;
    busy_frames_ = 3;
  }
  if (ImGui::IsItemHovered() && ImGui::GetIO().MouseWheel != 0.0f) {
    axis_ = zoom_around(axis_, axis_.x_of(whole.day_at(ImGui::GetIO().MousePos.x)),
                        std::pow(1.2, ImGui::GetIO().MouseWheel));
    busy_frames_ = 3;
  }
}

void View::event_tooltip(std::uint32_t index) {
  const Event& e = model_.timeline().events()[index];
  ImGui::BeginTooltip();
  const float width = 460.0f;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2{p.x, p.y + 3}, ImVec2{p.x + 10, p.y + 13}, type_colour(e.type),
                                            2.0f);
  ImGui::SetCursorScreenPos(ImVec2{p.x + 16, p.y});
  if (ImFont* bold = bold_font()) ImGui::PushFont(bold);
  ImGui::TextUnformatted(e.trigger.c_str());
  if (bold_font()) ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("%s \u00b7 %s", e.type.c_str(), std::string{to_string(e.status)}.c_str());
  const Interval& iv = e.time.interval;
  // The bound as `annalist query` says it ("since 2012", "before 2014-03"), and the text with its
  // bound word as the TimelineJS export shows it.
  ImGui::Text("%s", describe(iv).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("(%s)  \u201c%s\u201d \u2192 %s", interval_text(iv).c_str(), time_with_bound(e.time).c_str(),
                      e.time.value.c_str());
  if (!e.actors.empty()) ImGui::Text("Actors: %s", join(e.actors, ", ").c_str());
  if (!e.places.empty()) ImGui::Text("Places: %s", join(e.places, ", ").c_str());
  if (const Document* d = model_.timeline().find_document(e.document))
    ImGui::TextDisabled("%s (%s, DCT %s)", d->title.empty() ? d->id.c_str() : d->title.c_str(), d->id.c_str(),
                        to_iso_date(d->dct).c_str());
  ImGui::PopTextWrapPos();
  if (!e.sentence.empty()) {
    ImGui::Separator();
    const std::size_t at = e.time.text.empty() ? std::string::npos : e.sentence.find(e.time.text);
    highlighted_wrapped(e.sentence, at, at == std::string::npos ? at : at + e.time.text.size(), width);
  }
  tooltip_size_ = ImGui::GetWindowSize();
  ImGui::EndTooltip();
}

void View::fold_tooltip(const Lane& lane, const Mark& mark) {
  const auto& events = model_.timeline().events();
  ImGui::BeginTooltip();
  if (mark.density) {
    ImGui::Text("%s events in %s \u2013 %s", with_thousands(mark.count).c_str(),
                format_day(axis_.day_at(mark.x0)).c_str(), format_day(axis_.day_at(mark.x1)).c_str());
    ImGui::TextDisabled("Zoom in (wheel) to see them one by one.");
  } else {
    ImGui::Text("%u events close together", mark.count);
    fold_members(lane, mark, axis_, 8, fold_members_);
    for (const std::uint32_t k : fold_members_) {
      const Event& e = events[lane.events[k]];
      ImGui::BulletText("%s  %s", interval_text(e.time.interval).c_str(), e.trigger.c_str());
    }
    if (mark.count > 8) ImGui::TextDisabled("\u2026 and %u more", mark.count - 8);
    ImGui::TextDisabled("Click to zoom in.");
  }
  tooltip_size_ = ImGui::GetWindowSize();
  ImGui::EndTooltip();
}

void View::side_panel(ImVec2 size) {
  ImGui::BeginChild("side", size, true);
  // Opened with two periods to compare, the comparison is what was asked for: the filters start
  // folded so that it shows without scrolling (a click on "Filters" opens them).
  if (periods_.size() >= 2) ImGui::SetNextItemOpen(false, ImGuiCond_Once);
  if (ImGui::CollapsingHeader("Filters", ImGuiTreeNodeFlags_DefaultOpen)) filters_panel();
  if (ImGui::CollapsingHeader("Details", ImGuiTreeNodeFlags_DefaultOpen)) details_panel();
  if (ImGui::CollapsingHeader("Periods and comparison", ImGuiTreeNodeFlags_DefaultOpen)) periods_panel();
  if (!model_.errors().empty() && ImGui::CollapsingHeader("Errors", ImGuiTreeNodeFlags_DefaultOpen)) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4{0.75f, 0.1f, 0.1f, 1.0f});
    for (const auto& e : model_.errors()) ImGui::TextWrapped("%s", e.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::EndChild();
}

void View::filters_panel() {
  const auto count_in = [](const std::vector<FacetCount>& counts, const std::string& value) {
    for (const auto& c : counts)
      if (c.value == value) return c.count;
    return std::size_t{0};
  };
  bool changed = false;
  // The two dates share what "no dups" leaves of the row, up to 110 px each (a narrow window's
  // panel cut the checkbox off).
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float date_width =
      std::min(110.0f, (ImGui::GetContentRegionAvail().x - checkbox_width("no dups") - 2 * spacing) / 2);
  const DateHints hints = date_hints(model_.data_span());
  const std::string from_hint = "from (" + hints.first_year + ")";
  const std::string to_hint = "to (" + hints.last_month + ")";
  ImGui::SetNextItemWidth(date_width);
  changed |= ImGui::InputTextWithHint("##from", from_hint.c_str(), &filters_.from);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(date_width);
  changed |= ImGui::InputTextWithHint("##to", to_hint.c_str(), &filters_.to);
  ImGui::SameLine();
  changed |= ImGui::Checkbox("no dups", &filters_.hide_duplicates);
  if (!model_.filter_error().empty())
    ImGui::TextColored(ImVec4{0.8f, 0.1f, 0.1f, 1.0f}, "%s", model_.filter_error().c_str());

  ImGui::TextDisabled("Status");
  for (EventStatus s : {EventStatus::occurred, EventStatus::ongoing, EventStatus::planned}) {
    const std::string name{to_string(s)};
    bool on = std::find(hidden_statuses_.begin(), hidden_statuses_.end(), s) == hidden_statuses_.end();
    const std::string label =
        name + " " + with_thousands(count_in(model_.shown_counts().statuses, name)) + "##st" + name;
    same_line_if_fits(checkbox_width(label));  // counts in the thousands would run past the panel
    if (ImGui::Checkbox(label.c_str(), &on)) {
      if (on)
        hidden_statuses_.erase(std::remove(hidden_statuses_.begin(), hidden_statuses_.end(), s),
                               hidden_statuses_.end());
      else if (hidden_statuses_.size() < 2)  // at least one status stays shown
        hidden_statuses_.push_back(s);
      changed = true;
    }
  }
  // An empty timeline (or one without actors) says so in a line rather than showing empty boxes.
  const bool any_types = !model_.all_counts().types.empty();
  std::size_t type_columns = 1;
  ImGui::TextDisabled(any_types ? "Types (shown / all)" : "Types: none (no events)");
  if (any_types) {
    // As tall as its rows of two, up to six (the taxonomy's eleven types without a scroll bar; the
    // box cut the sixth row in half).
    // One column when the longest label does not fit in half the box ("establishment  2/2" in a
    // narrow window's panel, counts in the thousands).
    float widest = 0.0f;
    for (const auto& t : model_.all_counts().types)
      widest =
          std::max(widest, checkbox_width(t.value + "  " + with_thousands(t.count) + "/" + with_thousands(t.count)));
    type_columns = widest <= (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize) / 2 ? 2 : 1;
    const std::size_t n = model_.all_counts().types.size();
    const auto rows = static_cast<float>(std::min<std::size_t>((n + type_columns - 1) / type_columns, 6));
    ImGui::BeginChild("types", ImVec2{0, rows * ImGui::GetFrameHeightWithSpacing() + 4.0f});
    if (type_columns == 2) ImGui::Columns(2, nullptr, false);
  }
  for (const auto& t : model_.all_counts().types) {
    bool on = std::find(hidden_types_.begin(), hidden_types_.end(), t.value) == hidden_types_.end();
    ImGui::PushStyleColor(ImGuiCol_CheckMark, ImGui::ColorConvertU32ToFloat4(type_colour(t.value)));
    const std::string label = t.value + "  " + with_thousands(count_in(model_.shown_counts().types, t.value)) + "/" +
                              with_thousands(t.count) + "##ty" + t.value;
    if (ImGui::Checkbox(label.c_str(), &on)) {
      if (on)
        hidden_types_.erase(std::remove(hidden_types_.begin(), hidden_types_.end(), t.value), hidden_types_.end());
      else if (hidden_types_.size() + 1 < model_.all_counts().types.size())  // one type stays shown
        hidden_types_.push_back(t.value);
      changed = true;
    }
    ImGui::PopStyleColor();
    if (type_columns == 2) ImGui::NextColumn();
  }
  if (any_types) {
    if (type_columns == 2) ImGui::Columns(1);
    ImGui::EndChild();
  }
  const std::size_t actors = model_.all_counts().actors.size();
  ImGui::TextDisabled(actors > 0 ? "Actors (tick to show only these)" : "Actors: none named in these events");
  // The box is as tall as its rows, up to 120 px (then it scrolls): three actors leave no blank.
  const float actor_rows = static_cast<float>(std::min(actors, max_listed_actors + 1));
  if (actors > 0)
    ImGui::BeginChild("actors",
                      ImVec2{0, std::min(120.0f, actor_rows * ImGui::GetFrameHeightWithSpacing() +
                                                     2 * ImGui::GetStyle().WindowPadding.y)},
                      true);
  std::size_t listed = 0;
  for (const auto& a : model_.all_counts().actors) {
    if (++listed > max_listed_actors) {
      ImGui::TextDisabled("%s more actors, fewer events each",
                          with_thousands(model_.all_counts().actors.size() - max_listed_actors).c_str());
      break;
    }
    bool on = std::find(chosen_actors_.begin(), chosen_actors_.end(), a.value) != chosen_actors_.end();
    // Long names ("Ministry of Foreign Affairs of the Republic of ...") are elided to the panel's
    // width, with the whole name in a tooltip.
    const std::string count = "  " + with_thousands(count_in(model_.shown_counts().actors, a.value));
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() -
                       ImGui::GetStyle().ItemInnerSpacing.x - ImGui::CalcTextSize(count.c_str()).x;
    const std::string name = elide(a.value, room);
    const std::string label = name + count + "##ac" + a.value;
    const bool clicked = ImGui::Checkbox(label.c_str(), &on);
    if (name != a.value && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.value.c_str());
    if (clicked) {
      if (on)
        chosen_actors_.push_back(a.value);
      else
        chosen_actors_.erase(std::remove(chosen_actors_.begin(), chosen_actors_.end(), a.value), chosen_actors_.end());
      changed = true;
    }
  }
  if (actors > 0) ImGui::EndChild();
  if (ImGui::SmallButton("Clear filters")) {
    filters_ = Filters{};
    hidden_types_.clear();
    hidden_statuses_.clear();
    chosen_actors_.clear();
    changed = true;
  }
  if (changed) refilter();
}

void View::details_panel() {
  if (!selected_) {
    ImGui::TextDisabled("Click an event to see all its fields here.");
    return;
  }
  const Event& e = model_.timeline().events()[*selected_];
  if (ImFont* bold = bold_font()) ImGui::PushFont(bold);
  ImGui::TextWrapped("%s", e.trigger.c_str());
  if (bold_font()) ImGui::PopFont();
  if (ImGui::BeginTable("details", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthFixed, 86.0f);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    const auto row = [](const char* key, const std::string& value) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextDisabled("%s", key);
      ImGui::TableSetColumnIndex(1);
      ImGui::TextWrapped("%s", value.c_str());
    };
    const Interval& iv = e.time.interval;
    row("id", e.id);
    row("type", e.type);
    row("status", std::string{to_string(e.status)});
    row("when", interval_text(iv));
    row("granularity", std::string{to_string(iv.granularity)});
    row("bound", std::string{to_string(iv.bound)});
    row("as written", "\u201c" + time_with_bound(e.time) + "\u201d \u2192 " + e.time.value);
    row("actors", e.actors.empty() ? "\u2014" : join(e.actors, "; "));
    row("places", e.places.empty() ? "\u2014" : join(e.places, "; "));
    if (const Document* d = model_.timeline().find_document(e.document)) {
      row("document", d->title.empty() ? d->id : d->title + " (" + d->id + ")");
      row("DCT", to_iso_date(d->dct));
      if (!d->path.empty()) row("path", d->path);
    } else {
      row("document", e.document);
    }
    row("bytes", std::to_string(e.span.begin) + ".." + std::to_string(e.span.end));
    if (!e.duplicate_of.empty()) row("duplicate of", e.duplicate_of);
    ImGui::EndTable();
  }
  if (!e.sentence.empty()) {
    const std::size_t at = e.time.text.empty() ? std::string::npos : e.sentence.find(e.time.text);
    highlighted_wrapped(e.sentence, at, at == std::string::npos ? at : at + e.time.text.size(),
                        ImGui::GetContentRegionAvail().x - 4.0f);
  }
  if (ImGui::SmallButton("Zoom to event")) {
    const Interval& iv = e.time.interval;
    const double first = day_number(iv.start), last = day_number(iv.end) + 1.0;
    const double pad = std::max(30.0, (last - first) * 0.5);
    axis_ = fit_axis(first - pad, last + pad, axis_.x_left, axis_.x_right, 0.0);
    busy_frames_ = 3;
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Close")) selected_.reset();
}

void View::periods_panel() {
  for (std::size_t i = 0; i < periods_.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    // The tick says whether the period is a column of the comparison; it is drawn in the band's colour.
    bool compared = std::find(uncompared_.begin(), uncompared_.end(), periods_[i].name) == uncompared_.end();
    ImGui::PushStyleColor(ImGuiCol_CheckMark, ImGui::ColorConvertU32ToFloat4(period_colours[i % 4]));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(with_alpha(period_colours[i % 4], 0.15f)));
    if (ImGui::Checkbox("##compared", &compared)) {
      if (compared)
        std::erase(uncompared_, periods_[i].name);
      else
        uncompared_.push_back(periods_[i].name);
    }
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Compare this period with the other ticked ones");
    ImGui::SameLine();
    // The name elided so that its dates and the remove button stay in the panel (a long name in a
    // narrow window pushed the button out of sight); the whole name on hover.
    const std::string dates = "  " + to_iso_date(periods_[i].start) + ".." + to_iso_date(periods_[i].end);
    const float remove_width = ImGui::CalcTextSize("remove").x + 2 * ImGui::GetStyle().FramePadding.x;
    const float name_room = ImGui::GetContentRegionAvail().x - remove_width - ImGui::GetStyle().ItemSpacing.x -
                            ImGui::CalcTextSize(dates.c_str()).x;
    const std::string name = elide(periods_[i].name, std::max(name_room, ImGui::CalcTextSize("W\u2026").x));
    ImGui::TextUnformatted((name + dates).c_str());
    if (name != periods_[i].name && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", periods_[i].name.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("remove")) {
      periods_.erase(periods_.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  // Name and dates share what the button leaves of the row, 90 and 150 px at most.
  const float field_room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("Add period").x -
                           2 * ImGui::GetStyle().FramePadding.x - 2 * ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextItemWidth(std::min(90.0f, field_room * 0.375f));
  ImGui::InputTextWithHint("##pname", "name", &period_name_);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(150.0f, field_room * 0.625f));
  const DateHints hints = date_hints(model_.data_span());
  const std::string period_hint = hints.first_year + ".." + hints.last_year;
  const bool entered =
      ImGui::InputTextWithHint("##prange", period_hint.c_str(), &period_range_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button("Add period") || entered) {
    const std::string name = period_name_.empty() ? period_range_ : period_name_;
    if (auto p = parse_period(name + "=" + period_range_)) {
      periods_.erase(
          std::remove_if(periods_.begin(), periods_.end(), [&](const Period& q) { return q.name == p->name; }),
          periods_.end());
      std::erase(uncompared_, p->name);
      periods_.push_back(*p);
      period_name_.clear();
      period_range_.clear();
      busy_frames_ = 3;
    } else {
      report("\"" + period_range_ + "\" " + period_error(period_range_), true);
    }
  }
  if (periods_.size() < 2) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("Add two periods (type them, or drag along the axis) to compare them.");
    ImGui::PopStyleColor();
    return;
  }
  // The ticked periods, side by side: as many columns as the panel holds.
  std::vector<Period> compared;
  std::vector<std::size_t> compared_colours;  // period_colours index of each column
  std::size_t ticked = 0;
  for (std::size_t i = 0; i < periods_.size(); ++i) {
    if (std::find(uncompared_.begin(), uncompared_.end(), periods_[i].name) != uncompared_.end()) continue;
    if (++ticked > max_compared_periods) continue;
    compared.push_back(periods_[i]);
    compared_colours.push_back(i % 4);
  }
  if (compared.size() < 2) {
    ImGui::TextDisabled("Tick two periods or more to compare them.");
    return;
  }
  if (ticked > max_compared_periods)
    ImGui::TextDisabled("Comparing the first %zu ticked periods (untick some to choose).", max_compared_periods);
  if (compared != compared_periods_) {
    compared_periods_ = compared;
    comparison_.reset();
    try {
      comparison_ = compare_periods(model_.timeline(), compared);
      compare_error_.clear();
    } catch (const std::exception& e) {
      compare_error_ = e.what();
    }
  }
  if (!compare_error_.empty()) ImGui::TextColored(ImVec4{0.8f, 0.1f, 0.1f, 1.0f}, "%s", compare_error_.c_str());
  if (!comparison_ || comparison_->columns.size() < 2) return;
  const PeriodComparison& c = *comparison_;
  const int columns = static_cast<int>(c.columns.size());
  const auto table = [&](const char* id, const char* heading, const std::vector<ComparisonRow>& rows,
                         std::size_t limit) {
    if (!ImGui::BeginTable(id, columns + 1, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(heading, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    for (const auto& column : c.columns)
      ImGui::TableSetupColumn(column.label.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    // The headers elided to what shows of their column: ImGui's own cut the last one at the
    // panel's scroll bar ("Endgam" for "Endgame"); the whole name on hover.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    const float visible_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (int k = 0; k <= columns; ++k) {
      ImGui::TableSetColumnIndex(k);
      const std::string whole = ImGui::TableGetColumnName(k);
      const float room = std::min(ImGui::GetContentRegionAvail().x, visible_right - ImGui::GetCursorScreenPos().x);
      const std::string shown_name = elide(whole, room);
      ImGui::TableHeader((shown_name + "##h" + std::to_string(k)).c_str());
      if (shown_name != whole && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", whole.c_str());
    }
    std::size_t shown = 0;
    for (const auto& r : rows) {
      if (++shown > limit) {  // long lists end with what is left out, not silently
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%s more", with_thousands(rows.size() - limit).c_str());
        break;
      }
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      const std::string key = elide(r.key, ImGui::GetContentRegionAvail().x);  // long actor names
      ImGui::TextUnformatted(key.c_str());
      if (key != r.key && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.key.c_str());
      for (int k = 0; k < columns; ++k) {
        ImGui::TableSetColumnIndex(k + 1);
        const auto column = static_cast<std::size_t>(k);
        const std::size_t n = column < r.counts.size() ? r.counts[column] : 0;
        if (n == 0)
          ImGui::TextDisabled("\u2013");
        else
          ImGui::Text("%zu", n);
      }
    }
    ImGui::EndTable();
  };
  std::string events_line;
  for (const auto& column : c.columns)
    events_line += (events_line.empty() ? "" : "   ") + column.label + ": " + with_thousands(column.events);
  ImGui::TextWrapped("Events  %s", events_line.c_str());
  table("ctypes", "type", c.types, 12);
  table("cactors", "actor", c.actors, 10);
  table("cstatus", "status", c.statuses, 3);
  for (const auto& column : c.columns) {
    const OnlyIn& only = column.only;
    if (only.types.empty() && only.actors.empty()) continue;
    ImGui::TextWrapped("Only in %s: %s%s%s", column.label.c_str(), join_first(only.types, 10).c_str(),
                       !only.types.empty() && !only.actors.empty() ? "; " : "", join_first(only.actors, 12).c_str());
  }
  // Density: a group of bars per year (or month), one per period in its band's colour.
  if (!c.density.empty()) {
    std::size_t most = 1;
    for (const auto& r : c.density)
      for (std::size_t n : r.counts) most = std::max(most, n);
    // The scale in the heading (bars without it say only "more" or "fewer"); the counts on hover.
    const char* unit = c.density_unit == DensityUnit::year ? "year" : "month";
    ImGui::TextDisabled("Events per %s (the tallest bar: %s)", unit, with_thousands(most).c_str());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x, h = 70.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float slot = w / static_cast<float>(c.density.size());
    const float bar_width = slot * 0.8f / static_cast<float>(columns);
    for (std::size_t i = 0; i < c.density.size(); ++i) {
      for (std::size_t k = 0; k < static_cast<std::size_t>(columns) && k < c.density[i].counts.size(); ++k) {
        const float bh = (h - 16.0f) * static_cast<float>(c.density[i].counts[k]) / static_cast<float>(most);
        const float x0 = p.x + slot * static_cast<float>(i) + slot * 0.1f + bar_width * static_cast<float>(k);
        dl->AddRectFilled(ImVec2{x0, p.y + h - 16.0f - bh}, ImVec2{x0 + bar_width, p.y + h - 16.0f},
                          period_colours[compared_colours[k]]);
      }
    }
    dl->AddText(ImVec2{p.x, p.y + h - 14.0f}, ink_soft, c.density.front().key.c_str());
    const float last_w = ImGui::CalcTextSize(c.density.back().key.c_str()).x;
    dl->AddText(ImVec2{p.x + w - last_w, p.y + h - 14.0f}, ink_soft, c.density.back().key.c_str());
    ImGui::Dummy(ImVec2{w, h});
    if (ImGui::IsItemHovered()) {
      const auto i = std::min(c.density.size() - 1,
                              static_cast<std::size_t>(std::max(0.0f, ImGui::GetIO().MousePos.x - p.x) / slot));
      ImGui::BeginTooltip();
      ImGui::TextUnformatted(c.density[i].key.c_str());
      for (std::size_t k = 0; k < c.columns.size() && k < c.density[i].counts.size(); ++k)
        ImGui::Text("%s: %s", c.columns[k].label.c_str(), with_thousands(c.density[i].counts[k]).c_str());
      ImGui::EndTooltip();
    }
  }
  if (!c.summary.empty()) ImGui::TextWrapped("%s", c.summary.c_str());
}

void View::handle_keys() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  const float centre = (axis_.x_left + axis_.x_right) / 2;
  const float step = (axis_.x_right - axis_.x_left) / 8;
  bool moved = true;
  if (key_pressed(GLFW_KEY_LEFT))
    axis_ = pan_by_pixels(axis_, step);
  else if (key_pressed(GLFW_KEY_RIGHT))
    axis_ = pan_by_pixels(axis_, -step);
  else if (key_pressed(GLFW_KEY_EQUAL) || key_pressed(GLFW_KEY_KP_ADD) || key_pressed(GLFW_KEY_UP))
    axis_ = zoom_around(axis_, centre, 1.5);
  else if (key_pressed(GLFW_KEY_MINUS) || key_pressed(GLFW_KEY_KP_SUBTRACT) || key_pressed(GLFW_KEY_DOWN))
    axis_ = zoom_around(axis_, centre, 1 / 1.5);
  else if (key_pressed(GLFW_KEY_HOME))
    fit_view();
  else if (key_pressed(GLFW_KEY_ESCAPE))
    selected_.reset();
  else if (key_pressed(GLFW_KEY_TAB))
    step_selection(io.KeyShift ? -1 : 1);
  else
    moved = false;
  if (moved) busy_frames_ = 3;
}

void View::step_selection(int direction) {
  const auto& shown = model_.shown();
  if (shown.empty()) return;
  // A linear search on a key press: a million events take about a millisecond.
  const auto at = selected_ ? std::find(shown.begin(), shown.end(), *selected_) : shown.end();
  std::size_t next = 0;
  if (at == shown.end())
    next = direction > 0 ? 0 : shown.size() - 1;
  else
    next = (static_cast<std::size_t>(at - shown.begin()) + shown.size() + static_cast<std::size_t>(direction)) %
           shown.size();
  selected_ = shown[next];
  // Keep the zoom; pan only when the event's start is off screen, to put its start in the middle.
  const Interval& when = model_.timeline().events()[*selected_].time.interval;
  const float x = axis_.x_of(day_number(when.start));
  if (x < axis_.x_left || x > axis_.x_right) axis_ = pan_by_pixels(axis_, (axis_.x_left + axis_.x_right) / 2 - x);
}

}  // namespace annalist::viewer
