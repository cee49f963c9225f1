// Events as rows of a plain-text table.
#include <annalist/engine/interval.hpp>
#include <annalist/engine/table.hpp>
#include <annalist/engine/text.hpp>

#include <algorithm>

namespace annalist {

std::string who_and_where(const Event& e) {
  std::string out;
  for (const auto& a : e.actors) out += (out.empty() ? "" : ", ") + a;
  if (!e.places.empty()) {
    out += out.empty() ? "@ " : " @ ";
    for (std::size_t i = 0; i < e.places.size(); ++i) out += (i ? ", " : "") + e.places[i];
  }
  return out;
}

EventRow event_row(const Event& e, std::string label) {
  return {std::move(label),
          describe(e.time.interval),
          std::string(to_string(e.status)),
          e.type,
          e.duplicate_of.empty() ? e.trigger : "(dup) " + e.trigger,
          who_and_where(e)};
}

std::string event_table(const std::vector<EventRow>& rows, std::size_t width, const std::string& indent) {
  std::size_t label_w = 0, when_w = 4, status_w = 6, type_w = 4, trigger_w = 5;
  for (const auto& r : rows) {
    label_w = std::max(label_w, std::min<std::size_t>(display_width(r.label), 24));
    when_w = std::max(when_w, std::min<std::size_t>(display_width(r.when), 22));
    status_w = std::max(status_w, display_width(r.status));
    type_w = std::max(type_w, std::min<std::size_t>(display_width(r.type), 14));
    trigger_w = std::max(trigger_w, std::min<std::size_t>(display_width(r.trigger), 28));
  }
  // Two spaces between columns; WHO / WHERE takes the rest.
  const std::size_t used =
      display_width(indent) + (label_w ? label_w + 2 : 0) + when_w + status_w + type_w + trigger_w + 8;
  const std::size_t who_w = used + 16 < width ? width - used : 16;
  std::string out;
  const auto line = [&](const EventRow& r) {
    std::string text = indent + (label_w ? pad_right(r.label, label_w) + "  " : "") + pad_right(r.when, when_w) + "  " +
                       pad_right(r.status, status_w) + "  " + pad_right(r.type, type_w) + "  " +
                       pad_right(r.trigger, trigger_w) + "  " + elide(r.who, who_w);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + '\n';
  };
  line({"", "WHEN", "STATUS", "TYPE", "EVENT", "WHO / WHERE"});
  for (const auto& r : rows) line(r);
  return out;
}

}  // namespace annalist
