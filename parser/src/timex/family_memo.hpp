// timex/family_memo.hpp — remembers rule-family results while the scanner tags one text.
//
// Families call each other as sub-grammars: at one token the scanner runs the calendar family,
// then the clock family parses a day phrase with the calendar and relative families at the same
// place, and ranges, times and casual phrasing do the same ("from <calendar> to <calendar>").
// Without a memo the same family runs at the same start several times per token.
//
// Invariants. Only a family whose result depends on (span.start, span.text_end) alone — no look
// behind span.start — may be memoised. Results are remembered only inside a FamilyMemoScope (the
// scanner opens one per text): pointers into a text freed afterwards could alias a new text, so
// nothing outlives the scope. Per thread; no allocation.
#pragma once

#include "families.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace annalist::timex {

// memo_detail::generation, the current scope's (0 when none is open), is in families.hpp.

// Enables the memo for its lifetime, forgetting everything remembered before. Nested scopes
// share the outer one's memo.
class FamilyMemoScope {
 public:
  FamilyMemoScope() {
    if (memo_detail::depth++ == 0) memo_detail::generation = ++memo_detail::last_generation;
  }
  ~FamilyMemoScope() {
    if (--memo_detail::depth == 0) memo_detail::generation = 0;
  }
  FamilyMemoScope(const FamilyMemoScope&) = delete;
  FamilyMemoScope& operator=(const FamilyMemoScope&) = delete;
};

// Runs `Uncached` at span, or returns its remembered result for the same start and text end.
// A direct-mapped table of `Slots` per family: the scanner moves forward, so recent starts are
// what repeat. `KeepFailed`: the Meaning a failed parse leaves is remembered and given back too,
// for callers that go on from a partial parse (the clock's strict core).
template <FamilyParser Uncached, std::size_t Slots = 64, bool KeepFailed = false>
const char* memoized(const Span& span, Meaning& meaning) {
  if (memo_detail::generation == 0) return Uncached(span, meaning);
  struct Entry {
    std::uint64_t generation = 0;
    const char* start = nullptr;
    const char* text_end = nullptr;
    const char* match_end = nullptr;
    Meaning meaning;
  };
  static thread_local std::array<Entry, Slots> table;
  Entry& entry = table[reinterpret_cast<std::uintptr_t>(span.start) % table.size()];
  if (entry.generation == memo_detail::generation && entry.start == span.start && entry.text_end == span.text_end) {
    if (KeepFailed || entry.match_end != nullptr) meaning = entry.meaning;
    return entry.match_end;
  }
  const char* match_end = Uncached(span, meaning);
  entry.generation = memo_detail::generation;
  entry.start = span.start;
  entry.text_end = span.text_end;
  entry.match_end = match_end;
  if (KeepFailed || match_end != nullptr) entry.meaning = meaning;
  return match_end;
}

}  // namespace annalist::timex
