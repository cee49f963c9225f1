// annalist/engine/table.hpp — events as rows of a plain-text table, for terminals (annalist query,
// annalist compare).
#pragma once

#include <annalist/engine/event.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace annalist {

// "Kazakhstan, EEU @ Astana": the actors, then the places after "@".
std::string who_and_where(const Event& event);

// One event as the columns of a table: WHEN as the text gave it ("2012-12", "since 2012", "by
// 2014"), STATUS, TYPE, EVENT (the trigger, after "(dup)" for a duplicate) and WHO / WHERE.
// `label` is an optional first column (which timeline a row comes from); `note` follows WHO.
struct EventRow {
  std::string label, when, status, type, trigger, who;
};
EventRow event_row(const Event& event, std::string label = {});

// The rows under a heading line (WHEN STATUS TYPE EVENT WHO / WHERE, and a blank label heading
// when rows have labels), each line `indent` then at most `width` columns: every column as wide
// as its widest cell (WHEN up to 22, TYPE 14, EVENT 28), WHO / WHERE elided to what is left (at
// least 16). No trailing blanks; each line ends in '\n'.
std::string event_table(const std::vector<EventRow>& rows, std::size_t width = 100, const std::string& indent = {});

}  // namespace annalist
