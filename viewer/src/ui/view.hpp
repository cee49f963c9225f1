// The viewer's window content: toolbar, timeline canvas (axis, lanes, marks, labels, periods,
// minimap, legend) and the side panel (filters, details, periods and comparison, export).
// One call to frame() builds one Dear ImGui frame; the platform loop (app.cpp) renders it.
#pragma once

#include "model.hpp"

#include <annalist/engine/compare.hpp>
#include <annalist/viewer/time_axis.hpp>

#include <imgui.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace annalist::viewer {

struct ViewSettings {
  std::optional<DayRange> initial_range;  // --range; otherwise fitted to the data
  LaneKey lanes = LaneKey::type;
  std::string hover_event;      // scripted hover (screenshots, tests): this event's id
  std::string select_event;     // scripted selection: shows this event's details
  std::vector<Period> periods;  // --period: added to the timeline's own periods (same name: replaced)
};

// The side panel's width in a window whose content is `content_width` wide (layout pixels): a
// share of it, at least what the filters' rows need and at most what the default window gives.
float side_panel_width(float content_width);

class View {
 public:
  View(Model& model, ViewSettings settings);

  // Builds the whole window content for one frame (call between ImGui::NewFrame and Render).
  void frame();

  // Where the scripted hover wants the mouse, once the event has been laid out; the platform
  // loop feeds it to ImGui before the next frame.
  std::optional<ImVec2> scripted_mouse() const { return scripted_mouse_; }
  // The scripted hover's event exists but has not been drawn as a mark of its own (folded into a
  // count, or no row left for it at this zoom): there is nothing to put the mouse on.
  bool scripted_hover_undrawn() const { return hover_target_.has_value() && !scripted_mouse_; }
  // A PNG export the user asked for: the loop captures the next rendered frame to this path.
  std::optional<std::string> take_png_request();
  void report(std::string message, bool is_error);  // a line in the status bar
  // True while something animates or settles (the loop keeps drawing instead of waiting).
  bool busy() const { return busy_frames_ > 0; }

  const TimeAxis& axis() const { return axis_; }
  const std::vector<Period>& periods() const { return periods_; }      // the bands shown and compared
  std::optional<std::uint32_t> selected() const { return selected_; }  // event in the details panel
  // Screen rows of the lanes area, as last drawn (the screenshot test checks marks there).
  float lanes_top() const { return lanes_top_; }
  float lanes_bottom() const { return lanes_bottom_; }
  // Events in view that found no row in their lane ("+3 not shown"), as last drawn.
  std::size_t not_shown() const { return not_shown_; }

 private:
  struct Hit {
    int lane = -1;
    Mark mark;
    float y = 0.0f;  // the centre of its row on screen
  };

  void toolbar();
  void canvas(ImVec2 size);
  void side_panel(ImVec2 size);
  void filters_panel();
  void details_panel();
  void periods_panel();
  void export_popup();
  void draw_axis(ImDrawList* dl, ImVec2 top_left, float height, float lanes_bottom);
  void draw_lanes(ImDrawList* dl, ImVec2 top_left, ImVec2 size);
  void draw_minimap(ImDrawList* dl, ImVec2 top_left, ImVec2 size);
  float legend_height(float width) const;  // one row, or two when the canvas is narrow
  void draw_legend(ImDrawList* dl, ImVec2 top_left, float width, float height);
  void event_tooltip(std::uint32_t event);
  void fold_tooltip(const Lane& lane, const Mark& mark);
  void handle_keys();
  void refilter();
  void fit_view();
  // fit_axis of `range` (with fit_view's margin) leaving room after it for the labels of the
  // events that end last, so that a fit does not cut them at the right edge.
  TimeAxis fit_leaving_label_room(DayRange range, float x_left, float x_right);
  // Selects the next (+1) or previous (-1) shown event in timeline order, wrapping around, and
  // pans to it when it is off screen: keyboard-only event picking (Tab, Shift+Tab).
  void step_selection(int direction);
  ImU32 type_colour(const std::string& type, float alpha = 1.0f) const;
  float label_width(std::uint32_t event);
  // A fold's badge colour: its events' type colour when they share one, else neutral.
  ImU32 fold_colour(const Lane& lane, const Mark& fold);  // the event's label (trigger) in pixels, cached

  Model& model_;
  ViewSettings settings_;
  Filters filters_;
  std::vector<std::string> hidden_types_;
  std::vector<EventStatus> hidden_statuses_;
  std::vector<std::string> chosen_actors_;
  TimeAxis axis_;
  bool axis_fitted_ = false;
  std::optional<std::uint32_t> selected_;
  std::vector<std::vector<Mark>> marks_;  // per lane, reused every frame
  std::vector<RowSpan> spans_;            // marks with labels, for packing
  std::vector<RowSpan> bare_spans_;       // marks alone
  std::vector<RowSpan> extents_;          // what each mark reaches (a fold: its events), for trim_whiskers
  std::vector<std::pair<ImVec2, std::string>> dct_labels_;  // where draw_axis puts them, drawn after the lanes
  std::vector<float> dct_lines_;                            // x of each dashed DCT line drawn, for the labels to cut
  std::vector<Box> drawn_;         // the lanes' marks and labels as drawn: where a DCT label can go
  std::vector<RowSpan> whiskers_;  // the folds' whiskers as drawn
  std::vector<std::vector<RowPlacement>> lane_rows_;
  std::vector<Mark> scratch_marks_;  // a lane's marks folded at a disc's width, to see how many rows they need
  std::vector<RowPlacement> scratch_rows_;
  std::vector<std::uint32_t> mark_counts_;   // events per mark, for packing: what leaving a mark out hides
  std::vector<std::uint8_t> echoes_;         // per mark, 1 for a duplicate's own: packed after the others
  std::vector<float> label_widths_;          // by event; < 0: not measured yet
  const Event* label_widths_of_ = nullptr;   // the events they were measured for
  std::vector<std::uint32_t> fold_members_;  // the hovered fold's events, for its tooltip
  std::vector<Mark> minimap_marks_;
  ImVec2 tooltip_size_{};  // the hovered mark's tooltip as last drawn, to keep it inside the window
  std::optional<std::uint32_t> hover_target_;
  std::optional<ImVec2> scripted_mouse_;
  float box_zoom_from_ = -1.0f;
  float period_drag_from_ = -1.0f;
  std::vector<Period> periods_;  // the bands shown and compared (the timeline's, plus those added here)
  std::string period_name_;
  std::string period_range_;
  std::vector<std::string> uncompared_;   // names of periods unticked in the comparison
  std::vector<Period> compared_periods_;  // what comparison_ compares, to redo it when that changes
  std::optional<PeriodComparison> comparison_;
  std::string compare_error_;
  std::string export_json_path_ = "annalist-view.json";
  std::string export_timelinejs_path_ = "annalist-view.timelinejs.json";
  std::string export_png_path_ = "annalist-view.png";
  std::optional<std::string> png_request_;
  std::string status_;
  bool status_is_error_ = false;
  int busy_frames_ = 0;
  float gutter_width_ = 150.0f;  // lane names and counts, left of the axis; fitted to the names each frame
  float lanes_top_ = 0.0f;
  float lanes_bottom_ = 0.0f;
  std::size_t not_shown_ = 0;
};

}  // namespace annalist::viewer
