// timex/grammar.hpp — the parts of a temporal expression, as Spirit X3 rules shared by the families.
//
// Leaf rules have an attribute (a month number, a day, a year, an amount); expression rules in
// the family files compose them and record what was said in the Meaning reachable through the
// parse context (`said(ctx)`). Every expression alternative starts with `fresh`, which clears the
// Meaning, so a failed alternative leaves nothing behind.
//
// Conventions: no skipper. Words end at a word boundary (`word_end`), tokens are separated by
// `ws` (a short run of blanks, at most one line break), matching is case-insensitive except where
// a rule asks for evidence.
#pragma once

#include "ascii.hpp"
#include "families.hpp"
#include "family_memo.hpp"
#include "lexicon.hpp"
#include "lights_turn.hpp"
#include "meaning.hpp"

#include <boost/spirit/home/x3.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace annalist::timex {

namespace x3 = boost::spirit::x3;

// The gate-checking build (-DANNALIST_CHECK_START_GATES): reports an alternative `starts` skipped
// where it matches, and aborts.
#ifdef ANNALIST_CHECK_START_GATES
[[noreturn]] void gate_missed(const char* p, const char* end, std::uint64_t classes);
#endif

// ---- The Meaning being filled, reachable from semantic actions.
struct meaning_tag;

// The Meaning every alternative starts from (`fresh`).
inline const Meaning blank_meaning{};

// What the parse context holds: the Meaning, whether it may differ from blank_meaning, and
// whether a `fresh` since then still has to clear it. Every access goes through get()
// (said(ctx)), which clears it first where `fresh` asked, so a clear costs nothing until an action
// reaches the Meaning: most alternatives, and most families tried at a token, fail on their first
// words. Invariant: `touched` is false only while the Meaning equals blank_meaning or `stale` is set.
struct MeaningSlot {
  explicit MeaningSlot(Meaning& m) : meaning(m) {}
  Meaning& meaning;
  bool touched = true;  // the caller's Meaning may hold anything
  bool stale = false;   // a `fresh` passed since an action wrote: blank_meaning before the next access
  Meaning& get() {
    if (stale) {
      meaning = blank_meaning;
      stale = false;
    }
    touched = true;
    return meaning;
  }
  // get() for a caller that assigns the whole Meaning before it reads any of it: no clear first.
  Meaning& to_overwrite() {
    stale = false;
    touched = true;
    return meaning;
  }
  // The token classes at `p` (token_classes), remembered for the last position asked: a family's
  // alternatives all start at the same place.
  std::uint64_t classes_at(const char* p, const char* end) {
    if (p != classified_at_) {
      classes_ = token_classes(p, end);
      classified_at_ = p;
    }
    return classes_;
  }

 private:
  const char* classified_at_ = nullptr;
  std::uint64_t classes_ = 0;
};

template <typename Context>
Meaning& said(const Context& ctx) {
  return x3::get<meaning_tag>(ctx).get();
}
// The Meaning, for an action that replaces it whole (`said_anew(ctx) = sub`): the clear a `fresh`
// asked for is not made, as the assignment overwrites it (speed: a copy of a Meaning less).
template <typename Context>
Meaning& said_anew(const Context& ctx) {
  return x3::get<meaning_tag>(ctx).to_overwrite();
}

// ---- Alternatives tried only where they can start.
// `starts(classes)[alternative]` fails at once, without trying the alternative, where the token
// belongs to none of `classes` (token_classes, families.hpp). A family tries its alternatives in order at every
// token it is called at, and most fail on their first word: the gate is one bit test instead.
// `classes` must cover every token the alternative's first terminal can match at (a superset is
// safe, a subset silently loses matches): list them from the alternative's first parser, with
// tok::after_the(...) for "the" and blanks before it (`the_`, `-the_`).
template <typename Subject>
struct starts_directive : x3::unary_parser<Subject, starts_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, starts_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  static bool const handles_container = Subject::handles_container;
  std::uint64_t classes;
  constexpr starts_directive(const Subject& subject, std::uint64_t c) : base_type(subject), classes(c) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    if ((x3::get<meaning_tag>(ctx).classes_at(first, last) & classes) == 0) {
#ifdef ANNALIST_CHECK_START_GATES
      // Development check: the skipped alternative must not have matched here.
      It it = first;
      if (this->subject.parse(it, last, ctx, rctx, attr)) gate_missed(first, last, classes);
#endif
      return false;
    }
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};
struct starts_gen {
  std::uint64_t classes;
  template <typename Subject>
  constexpr starts_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      const Subject& subject) const {
    return {x3::as_parser(subject), classes};
  }
};
constexpr starts_gen starts(std::uint64_t classes) { return {classes}; }

// The token classes a match of `parser` can start at: the union of the `starts` gates of an
// alternative's branches, every class where a branch has none.
template <typename Parser>
constexpr std::uint64_t leading_classes(const Parser&) {
  return ~std::uint64_t{0};
}
template <typename Subject>
constexpr std::uint64_t leading_classes(const starts_directive<Subject>& gated) {
  return gated.classes;
}
template <typename Left, typename Right>
constexpr std::uint64_t leading_classes(const x3::alternative<Left, Right>& either) {
  return leading_classes(either.left) | leading_classes(either.right);
}

// leading_classes of an alternative, worked out once for the object it is mostly asked for (a
// rule's expression: its branches are many).
template <typename Left, typename Right>
std::uint64_t leading_classes_of(const x3::alternative<Left, Right>& parser) {
  struct Known {
    const void* parser;
    std::uint64_t classes;
  };
  // std::addressof: X3's unary & is its and-predicate.
  static const Known known{std::addressof(parser), leading_classes(parser)};
  return known.parser == std::addressof(parser) ? known.classes : leading_classes(parser);
}

// Whether a branch of `alternatives` may start at span.start by its `starts` gate: one bit test
// rather than one per branch, before a family's chain of alternatives that no gate of the family
// guards (speed: most tokens a family is tried at open none). The gate-checking build says yes, so
// that each branch's gate is checked.
template <typename Left, typename Right>
bool gates_open(const x3::alternative<Left, Right>& alternatives, const Span& span) {
#ifdef ANNALIST_CHECK_START_GATES
  (void)alternatives;
  (void)span;
  return true;
#else
  const std::uint64_t leading = leading_classes_of(alternatives);
  return leading == ~std::uint64_t{0} || (token_classes(span.start, span.text_end) & leading) != 0;
#endif
}

// ---- A family's alternatives chosen by the token's classes.
// `by_class(alternatives)` parses as `alternatives` does (ordered choice, the first branch that
// matches wins) but tries only the branches whose `starts` gate admits the token's classes, in
// their order, rather than asking every branch's gate in turn: most tokens open few of a long
// chain's gates (speed). The branches and their gates are read from the chain itself; the list
// for a set of classes is made the first time a thread meets it (a token has few distinct sets).
// The gate-checking build tries every branch through its gate, to check each gate.
template <typename Context, typename RuleContext>
class ChoiceByClass {
 public:
  template <typename Left, typename Right>
  explicit ChoiceByClass(const x3::alternative<Left, Right>& alternatives) : made_from_(std::addressof(alternatives)) {
    collect(alternatives);
  }
  bool made_from(const auto& alternatives) const { return made_from_ == std::addressof(alternatives); }
  bool parse(const char*& first, const char* last, const Context& ctx, RuleContext& rctx, std::uint64_t classes) {
    const Slot& slot = slot_for(classes);
    // By index: a branch may reach this object again (a sub-family), which may add to order_.
    const std::uint32_t begin = slot.begin, end = slot.begin + slot.count;
    for (std::uint32_t k = begin; k != end; ++k) {
      const Branch& branch = branches_[order_[k]];
      if (branch.parse(branch.parser, first, last, ctx, rctx)) return true;
    }
    return false;
  }

 private:
  using ParseFn = bool (*)(const void* parser, const char*& first, const char* last, const Context& ctx,
                           RuleContext& rctx);
  struct Branch {
    std::uint64_t classes;
    const void* parser;
    ParseFn parse;
  };
  struct Slot {
    std::uint64_t classes = 0;
    std::uint32_t begin = 0, count = 0;
    bool used = false;
  };
  static constexpr std::size_t slot_count = 128;  // distinct class sets met (a few dozen)

  template <typename Parser>
  static bool parse_branch(const void* parser, const char*& first, const char* last, const Context& ctx,
                           RuleContext& rctx) {
    x3::unused_type attribute;
    return static_cast<const Parser*>(parser)->parse(first, last, ctx, rctx, attribute);
  }
  template <typename Subject>
  static bool parse_gated(const void* parser, const char*& first, const char* last, const Context& ctx,
                          RuleContext& rctx) {
    x3::unused_type attribute;
    const auto& gated = *static_cast<const starts_directive<Subject>*>(parser);
#ifdef ANNALIST_CHECK_START_GATES
    return gated.parse(first, last, ctx, rctx, attribute);
#else
    return gated.subject.parse(first, last, ctx, rctx, attribute);  // the gate is open
#endif
  }
  template <typename Parser>
  void collect(const Parser& parser) {
    branches_.push_back({~std::uint64_t{0}, std::addressof(parser), &parse_branch<Parser>});
  }
  template <typename Subject>
  void collect(const starts_directive<Subject>& gated) {
    branches_.push_back({gated.classes, std::addressof(gated), &parse_gated<Subject>});
  }
  template <typename Left, typename Right>
  void collect(const x3::alternative<Left, Right>& either) {
    collect(either.left);
    collect(either.right);
  }

  // The list of branches open at `classes`: found, or made once.
  const Slot& slot_for(std::uint64_t classes) {
    std::size_t i = static_cast<std::size_t>((classes * 0x9E3779B97F4A7C15ull) >> 57) % slot_count;
    for (std::size_t probes = 0; probes != slot_count; ++probes, i = (i + 1) % slot_count) {
      Slot& slot = slots_[i];
      if (slot.used && slot.classes == classes) return slot;
      if (slot.used) continue;
      slot.used = true;
      slot.classes = classes;
      slot.begin = static_cast<std::uint32_t>(order_.size());
      for (std::size_t b = 0; b != branches_.size(); ++b)
        if ((branches_[b].classes & classes) != 0) order_.push_back(static_cast<std::uint16_t>(b));
      slot.count = static_cast<std::uint32_t>(order_.size()) - slot.begin;
      return slot;
    }
    // Every slot taken (never met: a family's branches open at a few dozen sets): all branches,
    // each through its gate.
    if (!all_.used) {
      all_.used = true;
      all_.begin = static_cast<std::uint32_t>(order_.size());
      for (std::size_t b = 0; b != branches_.size(); ++b) order_.push_back(static_cast<std::uint16_t>(b));
      all_.count = static_cast<std::uint32_t>(branches_.size());
    }
    return all_;
  }

  const void* made_from_;
  std::vector<Branch> branches_;
  std::vector<std::uint16_t> order_;
  std::array<Slot, slot_count> slots_{};
  Slot all_{};
};

template <typename Alternatives>
struct by_class_parser : x3::parser<by_class_parser<Alternatives>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const Alternatives* alternatives;  // a family's chain, defined at namespace scope
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    static thread_local ChoiceByClass<Ctx, RCtx> choice(*alternatives);
    // Another chain of the same type (the same parts in the same order): its own alternatives.
    if (!choice.made_from(*alternatives)) return alternatives->parse(first, last, ctx, rctx, attr);
#ifdef ANNALIST_CHECK_START_GATES
    const std::uint64_t classes = ~std::uint64_t{0};
#else
    const std::uint64_t classes = token_classes(first, last) & leading_classes_of(*alternatives);
    if (classes == 0) return false;
#endif
    return choice.parse(first, last, ctx, rctx, classes);
  }
};
template <typename Left, typename Right>
by_class_parser<x3::alternative<Left, Right>> by_class(const x3::alternative<Left, Right>& alternatives) {
  return {{}, std::addressof(alternatives)};
}

// What a failed run leaves in the Meaning: anything (what its alternatives wrote, or what the
// caller passed, as no clear is made that no action needed), or what a match so far leaves
// (blank_meaning and what the alternatives wrote since their last `fresh`), for a caller that
// goes on from a partial parse.
enum class OnFailure { anything, partial_parse };

// Runs `parser` at span.start with `meaning` in the context; the end of the match or nullptr.
// (The context is made directly rather than with x3::with, which would copy the whole parser,
// symbol tables included, on every call.)
template <OnFailure on_failure = OnFailure::anything, typename Parser>
const char* run(const Parser& parser, const Span& span, Meaning& meaning) {
  const char* it = span.start;
  MeaningSlot slot{meaning};
  const auto context = x3::make_context<meaning_tag>(slot);
  x3::unused_type rule_context, attribute;
  const bool matched = parser.parse(it, span.text_end, context, rule_context, attribute) && it != span.start;
  // A `fresh` no action followed: the clear it asked for.
  if ((matched || on_failure == OnFailure::partial_parse) && slot.stale) meaning = blank_meaning;
  // A unit word of several units ("fortnight"): the amount counts them (Meaning::unit_count).
  if (matched && meaning.unit_count != 1) {
    meaning.amount *= meaning.unit_count;
    meaning.unit_count = 1;
  }
  return matched ? it : nullptr;
}

// ---- Semantic-action helpers.
// `act(f)`: calls f(Meaning&). `take(f)`: calls f(Meaning&, attribute).
template <typename F>
auto act(F f) {
  return [f](auto& ctx) { f(said(ctx)); };
}
template <typename F>
auto take(F f) {
  return [f](auto& ctx) { f(said(ctx), x3::_attr(ctx)); };
}
// A unit word counted into the Meaning: its unit and the units the word holds, which `run` multiplies
// into the amount said before it ("every fortnight": 1 x 2 weeks, "two fortnights" 4, "a fortnight
// ago" two weeks back).
inline void count_unit(Meaning& m, UnitWord w) {
  m.unit = w.unit;
  m.unit_count = static_cast<signed char>(w.count);
}
inline const auto set_unit = take(count_unit);
// The same for a unit word that must name one calendar unit ("the week after next", "later this
// month", "2 upcoming weeks"): no calendar period is a fortnight long.
inline const auto set_calendar_unit = [](auto& ctx) {
  const UnitWord w = x3::_attr(ctx);
  x3::_pass(ctx) = w.count == 1;
  count_unit(said(ctx), w);
};
// Stores the attribute in a field of the point (or of the range end).
template <auto Field>
inline constexpr auto to_point = [](auto& ctx) { said(ctx).point.*Field = x3::_attr(ctx); };
// A decade's digit without its century ("the '90s", "the nineties"): the most recent such decade.
inline constexpr auto to_decade_in_century = [](auto& ctx) {
  said(ctx).point.decade = x3::_attr(ctx);
  said(ctx).point.century_open = true;
};
template <auto Field>
inline constexpr auto to_end = [](auto& ctx) {
  Meaning& m = said(ctx);
  m.has_range_end = true;
  m.range_end.*Field = x3::_attr(ctx);
};

// Clears the Meaning at the start of an alternative. (A copy of one blank Meaning: one block copy
// rather than a store per field; every alternative of every family starts here, so the copy is
// made only when an action reaches the Meaning after it, and only if one reached it before:
// MeaningSlot.)
inline const auto fresh = x3::eps[([](auto& ctx) {
  MeaningSlot& slot = x3::get<meaning_tag>(ctx);
  if (!slot.touched) return;
  slot.stale = true;
  slot.touched = false;
})];

// ---- Character-level primitives (hand-written X3 parsers: they look at raw UTF-8 bytes).

// True when the bytes at `p` continue a word: ASCII letters and digits, and any non-ASCII
// character except the general-punctuation block (dashes, quotes: U+2000..U+206F) and NBSP.
// Inline for ASCII: the driver asks at every byte it skips.
bool continues_word_beyond_ascii(const char* p, const char* end);
inline bool continues_word(const char* p, const char* end) {
  if (p == end) return false;
  const auto c = static_cast<unsigned char>(*p);
  if (c >= 0x80) return continues_word_beyond_ascii(p, end);
  return ascii::is_digit(static_cast<char>(c)) || ascii::is_letter(static_cast<char>(c)) || c == '_';
}
// True when the bytes at `p` are blank: ASCII space, tab, CR, LF or NBSP; sets `width`.
inline bool is_blank(const char* p, const char* end, int& width) {
  if (p == end) return false;
  if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
    width = 1;
    return true;
  }
  if (*p == '\xC2' && p + 1 < end && p[1] == '\xA0') {
    width = 2;
    return true;
  }
  return false;
}
// Reads a numeral at `p` ("15", "2.5", "5 1/2", "1,000"); the end of it, or nullptr.
const char* read_numeral(const char* p, const char* end, double& value);

// Succeeds without consuming when the next character does not continue a word.
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return !continues_word(first, last);
  }
};
inline constexpr word_end_parser word_end{};

// Succeeds without consuming when `look(first, last)` finds what a rule needs ahead of it: a cheap
// test of the bytes before a rule that seldom matches is read (rules_*.cpp).
template <bool (*look)(const char* first, const char* last)>
struct look_ahead_parser : x3::parser<look_ahead_parser<look>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return look(first, last);
  }
};

// One to eight blank characters with at most one line break: words of one expression are never
// separated by a blank line.
struct blanks_parser : x3::parser<blanks_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It it = first;
    int count = 0, breaks = 0, width = 0;
    while (count < 8 && is_blank(it, last, width)) {
      if (*it == '\n' && ++breaks > 1) return false;
      it += width;
      ++count;
    }
    if (count == 0) return false;
    first = it;
    return true;
  }
};
inline constexpr blanks_parser ws{};

// Calls another family (or any FamilyParser) as a sub-grammar; its attribute is the Meaning the
// family produced. Lets the range rules say "from <calendar> to <calendar>" without repeating
// the calendar rules. An action on it (`calendar_sub[f]`) is given a Meaning of its own, made for
// the action: it may change it in place rather than copy it (speed).
//
// Families nest without bound in the text ("from from from ... 2014" begins a range at every
// "from"), so past max_nesting a sub-family fails rather than overflow the stack. Real
// expressions nest a few levels; a memoised family may then remember the shortened result for
// its start, which only such pathological text can observe.
struct family_parser : x3::parser<family_parser> {
  using attribute_type = Meaning;
  static bool const has_attribute = true;
  static constexpr int max_nesting = 16;
  static inline thread_local int nesting = 0;  // sub-family calls open on this thread
  FamilyParser family;
  constexpr explicit family_parser(FamilyParser f) : family(f) {}
  template <typename It, typename Ctx, typename RCtx>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Meaning& out) const {
    if (nesting >= max_nesting) return false;
    struct Nested {
      Nested() { ++nesting; }
      ~Nested() { --nesting; }
      Nested(const Nested&) = delete;
      Nested& operator=(const Nested&) = delete;
    } nested;
    const char* end = family(Span{first, first, last}, out);
    if (end == nullptr) return false;
    first = end;
    return true;
  }
  // The Meaning not wanted (a look ahead, a part read for its length): one per nesting level, kept
  // across calls, rather than one made at each (a family takes any Meaning it is given: `run`).
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
    static thread_local std::array<Meaning, max_nesting> ignored;
    if (nesting >= max_nesting) return false;
    return parse(first, last, ctx, rctx, ignored[static_cast<std::size_t>(nesting)]);
  }
};

// The Meanings that actions on a sub-family (`calendar_sub[f]`) are given: one per action open on
// this thread, kept across calls, rather than one made and cleared at each attempt (X3 makes its
// attribute anew for every parse of an action without one; speed: most attempts fail, and a
// family takes any Meaning it is given, as `ignored` above). An action's Meaning is in use from
// its family's call to the end of its action, and every action opened in between (in the family,
// or in the action itself) takes the next slot.
struct SubFamilyMeanings {
  static constexpr int slots = 32;
  std::array<Meaning, slots> meanings;
  int open = 0;  // actions open on this thread
};
inline thread_local SubFamilyMeanings sub_family_meanings;

}  // namespace annalist::timex

namespace boost::spirit::x3 {
// X3's action (core/action.hpp) on a sub-family: the same, except that where no attribute is given
// the Meaning the family fills comes from annalist::timex::sub_family_meanings.
template <typename Action>
struct action<annalist::timex::family_parser, Action>
    : unary_parser<annalist::timex::family_parser, action<annalist::timex::family_parser, Action>> {
  using subject_type = annalist::timex::family_parser;
  using base_type = unary_parser<subject_type, action<subject_type, Action>>;
  static bool const is_pass_through_unary = true;
  static bool const has_action = true;

  constexpr action(subject_type const& subject, Action f) : base_type(subject), f(f) {}

  template <typename Iterator, typename Context, typename RuleContext, typename Attribute>
  bool call_action(Iterator& first, Iterator const& last, Context const& context, RuleContext& rcontext,
                   Attribute& attr) const {
    bool pass = true;
    auto action_context = make_context<parse_pass_context_tag>(pass, context);
    call(f, first, last, action_context, rcontext, attr);
    return pass;
  }

  template <typename Iterator, typename Context, typename RuleContext, typename Attribute>
  bool parse_main(Iterator& first, Iterator const& last, Context const& context, RuleContext& rcontext,
                  Attribute& attr) const {
    Iterator save = first;
    if (this->subject.parse(first, last, context, rcontext, attr)) {
      if (call_action(first, last, context, rcontext, attr)) return true;
      first = save;
    }
    return false;
  }

  template <typename Iterator, typename Context, typename RuleContext>
  bool parse_main(Iterator& first, Iterator const& last, Context const& context, RuleContext& rcontext,
                  raw_attribute_type&) const {
    boost::iterator_range<Iterator> rng;
    return parse_main(first, last, context, rcontext, rng);
  }

  template <typename Iterator, typename Context, typename RuleContext>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RuleContext& rcontext, unused_type) const {
    annalist::timex::SubFamilyMeanings& made = annalist::timex::sub_family_meanings;
    if (made.open >= annalist::timex::SubFamilyMeanings::slots) {
      annalist::timex::Meaning attr{};
      return parse_main(first, last, context, rcontext, attr);
    }
    struct Open {
      annalist::timex::SubFamilyMeanings& made;
      explicit Open(annalist::timex::SubFamilyMeanings& m) : made(m) { ++made.open; }
      ~Open() { --made.open; }
      Open(const Open&) = delete;
      Open& operator=(const Open&) = delete;
    } open{made};
    return parse_main(first, last, context, rcontext, made.meanings[static_cast<std::size_t>(made.open - 1)]);
  }

  template <typename Iterator, typename Context, typename RuleContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RuleContext& rcontext,
             Attribute& attr) const {
    return parse_main(first, last, context, rcontext, attr);
  }

  Action f;
};
}  // namespace boost::spirit::x3

namespace annalist::timex {

// The two families most rules read a part of an expression with ("the last day of" a date, "the
// end of" a relative period).
inline constexpr family_parser calendar_sub{parse_calendar};
inline constexpr family_parser relative_sub{parse_relative};

// ---- Punctuation.
// A hyphen or an en dash (ranges are written both ways: "2014-2020", "1939–1945").
inline const auto dash = x3::lit('-') | x3::lit("\xE2\x80\x93");
// Between a day and a year: ", " or " " or "," ("June 16,2017").
inline const auto comma_sep = (x3::lit(',') >> -ws) | ws;
// Where `text` (a NUL-terminated literal) ends when it is spelled at `first`, ASCII letters in
// either case and other bytes exact; nullptr when it is not. What `x3::no_case[x3::lit(text)]`
// accepts (X3 folds through the C library's toupper, a call per byte, in the "C" locale: ASCII).
inline const char* folded_end(const char* text, const char* first, const char* last) {
  for (const char* k = text; *k != '\0'; ++k, ++first) {
    if (first == last) return nullptr;
    const auto key = static_cast<unsigned char>(*k), c = static_cast<unsigned char>(*first);
    const bool letter = ((key | 0x20) >= 'a' && (key | 0x20) <= 'z');
    if (letter ? (c | 0x20) != (key | 0x20) : c != key) return nullptr;
  }
  return first;
}
// The first byte of a literal as folded_end compares it, worked out once when a rule is built:
// most tries of a word fail on that byte (speed: rules try words at most tokens).
struct FoldedFirst {
  unsigned char key;  // lower-case when a letter
  bool letter;
  constexpr explicit FoldedFirst(const char* text)
      : key(static_cast<unsigned char>(ascii::is_letter(*text) ? *text | 0x20 : *text)),
        letter(ascii::is_letter(*text)) {}
  // Whether `c` may begin the literal.
  bool admits(char c) const {
    return (letter ? static_cast<unsigned char>(c | 0x20) : static_cast<unsigned char>(c)) == key;
  }

 private:
};
// A literal, case-insensitive: `folded_lit("pm")` matches what `x3::no_case[x3::lit("pm")]` does,
// without X3's library call per byte (the ordinal suffix after every day number, am/pm).
struct folded_parser : x3::parser<folded_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* text;  // letters in either case; not empty
  FoldedFirst first_byte;
  constexpr explicit folded_parser(const char* t) : text(t), first_byte(t) {}
  // Where the literal ends when it is spelled at `first`; nullptr when it is not.
  const char* end_at(const char* first, const char* last) const {
    if (first == last || !first_byte.admits(*first)) return nullptr;
    return folded_end(text + 1, first + 1, last);
  }
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    const char* end = end_at(first, last);
    if (end == nullptr) return false;
    first = end;
    return true;
  }
};
constexpr folded_parser folded_lit(const char* text) { return folded_parser(text); }
// A word, case-insensitive, ending at a word boundary: what
// `x3::no_case[x3::lit(w)] >> word_end` matches (ASCII letters folded, other bytes exact), in one
// parser. Rules try words at most tokens, so this is on the scanner's hot path.
struct word_parser : x3::parser<word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  folded_parser word;  // the word; letters in either case; not empty
  constexpr explicit word_parser(const char* w) : word(w) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    const char* end = word.end_at(first, last);
    if (end == nullptr || continues_word(end, last)) return false;
    first = end;
    return true;
  }
};
inline word_parser word(const char* w) { return word_parser(w); }
// The article "the" and its blanks: what `word("the") >> ws` reads, in one parser. Rules try it at
// most tokens of a text where they may open with "the" (speed: as a sequence it cost about 2% of
// the tagger's instructions).
struct the_parser : x3::parser<the_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    if (last - first < 4 || (first[0] | 0x20) != 't' || (first[1] | 0x20) != 'h' || (first[2] | 0x20) != 'e')
      return false;
    It it = first + 3;
    if (continues_word(it, last) || !ws.parse(it, last, ctx, rctx, attr)) return false;
    first = it;
    return true;
  }
};
inline constexpr the_parser the_{};

// ---- Numbers.

// MinDigits..MaxDigits decimal digits, not followed by another digit, with a value in
// [Min, Max]. "2014" is never read as "20" followed by "14".
template <int Min, int Max, int MinDigits, int MaxDigits>
struct bounded_number_parser : x3::parser<bounded_number_parser<Min, Max, MinDigits, MaxDigits>> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It it = first;
    int value = 0, digits = 0;
    while (it != last && *it >= '0' && *it <= '9') {
      if (++digits > MaxDigits) return false;
      value = value * 10 + (*it - '0');
      ++it;
    }
    if (digits < MinDigits || value < Min || value > Max) return false;
    first = it;
    x3::traits::move_to(value, attr);
    return true;
  }
};
template <int Min, int Max, int MinDigits, int MaxDigits>
inline constexpr bounded_number_parser<Min, Max, MinDigits, MaxDigits> number{};

// A numeral as written in durations: "15", "2.5", "5 1/2", "1,000". Not followed by a digit.
struct numeral_parser : x3::parser<numeral_parser> {
  using attribute_type = double;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    double value = 0;
    const char* end = read_numeral(first, last, value);
    if (end == nullptr) return false;
    first = end;
    x3::traits::move_to(value, attr);
    return true;
  }
};
inline constexpr numeral_parser numeral{};

// ---- Leaf rules with attributes.

// A day of the month: 1..31, with an optional ordinal suffix ("29", "5th", "05").
x3::rule<class day_of_month_class, int> const day_of_month = "day of month";
// A month by name, full or abbreviated ("January", "Jan.", "Sept").
x3::rule<class month_name_class, int> const month_name = "month name";
// A month by its full name only ("January"): the form that may stand alone.
x3::rule<class month_full_class, int> const month_full = "full month name";
// A four-digit year 1000..2199, or an apostrophe year ("'97" is 1997, "'05" is 2005).
x3::rule<class year_class, int> const year = "year";
// A year written in words: "nineteen ninety-six", "two thousand".
x3::rule<class year_words_class, int> const year_words = "year in words";
// A weekday by name ("Friday", "Fri.").
x3::rule<class weekday_name_class, int> const weekday_name = "weekday";
// A number in words: "fifteen", "twenty-five".
x3::rule<class number_word_class, int> const number_word = "number word";
// A count in words: "fifteen", "a", "a hundred", "two hundred and fifty", "one thousand".
x3::rule<class hundreds_word_class, int> const hundreds_word = "count in words";
// A year in digits or in words.
x3::rule<class any_year_class, int> const any_year = "year";
// A cardinal: a numeral ("15", "2.5") or words ("fifteen", "a").
x3::rule<class cardinal_class, double> const cardinal = "cardinal";
// " and a half": half a unit more, after a count ("two and a half years") or a unit ("an hour and a
// half"); hyphenated before a unit that qualifies a noun ("a two-and-a-half-year study", "a
// month-and-a-half-long offensive").
inline const auto and_a_half = (ws >> word("and") >> ws >> (word("an") | word("a")) >> ws >> word("half")) |
                               (dash >> word("and") >> dash >> (word("an") | word("a")) >> dash >> word("half"));
// A cardinal and maybe half more: "two and a half" 2.5, "one and a half" 1.5, "15" 15.
x3::rule<class cardinal_and_half_class, double> const cardinal_and_half = "cardinal and a half";
// An ordinal: "first", "21st", "twenty-first".
x3::rule<class ordinal_class, int> const ordinal = "ordinal";
// A calendar unit, singular or plural ("year", "months", "fortnight": two weeks).
x3::rule<class unit_word_class, UnitWord> const unit_word = "unit";
// A season: spring, summer, fall/autumn, winter.
x3::rule<class season_name_class, int> const season_name = "season";
// A part of the day: morning, afternoon, evening, night.
x3::rule<class part_of_day_name_class, int> const part_of_day_name = "part of day";

// Copies the attribute to the rule's value (rules whose alternatives mix actions and plain parsers).
inline constexpr auto pass = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

// "st", "nd", "rd" or "th", either case ("21st", "2ND"): what `x3::no_case[x3::lit("st") | "nd" |
// "rd" | "th"]` matches, read as two bytes (it follows every day number the rules try).
struct ordinal_suffix_parser : x3::parser<ordinal_suffix_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (last - first < 2) return false;
    // | 0x20 lower-cases a letter, and turns no other byte into the lower-case letters below.
    const char a = static_cast<char>(first[0] | 0x20), b = static_cast<char>(first[1] | 0x20);
    if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
      return false;
    first += 2;
    return true;
  }
};
inline constexpr ordinal_suffix_parser ordinal_suffix{};
inline const auto apostrophe = x3::lit('\'') | x3::lit("\xE2\x80\x99");
// "' time" after a length: "in six months' time", "in a week's time" (British usage; the same
// length as "in six months").
inline const auto in_time_said = apostrophe >> -x3::lit('s') >> ws >> word("time");

inline const auto day_of_month_def = number<1, 31, 1, 2> >> -ordinal_suffix >> word_end;
inline const auto month_name_def = (x3::no_case[lexicon::month_full] >> word_end) |
                                   (x3::no_case[lexicon::month_abbreviation] >> (x3::lit('.') | word_end));
inline const auto month_full_def = x3::no_case[lexicon::month_full] >> word_end;
// A year written in two figures ("'97", "FY24"): a provisional year, 1931..2030, and the century
// left open (CalendarFields::century_open) for the normaliser to place from the story's or the DCT's
// year. The provisional year keeps the driver's looks at years (near the DCT or not) as they were.
inline constexpr auto two_digit_year_said = [](auto& ctx) {
  const int yy = x3::_attr(ctx);
  said(ctx).point.century_open = true;
  return yy <= 30 ? 2000 + yy : 1900 + yy;
};
inline const auto year_def =
    (number<1000, 2199, 4, 4>[pass] >> word_end) |
    (apostrophe >> number<0, 99, 2, 2>[([](auto& ctx) { x3::_val(ctx) = two_digit_year_said(ctx); })] >> word_end);
inline const auto year_words_def =
    (x3::no_case[lexicon::teens] >> ws >> number_word)[([](auto& ctx) {
      x3::_val(ctx) = boost::fusion::at_c<0>(x3::_attr(ctx)) * 100 + boost::fusion::at_c<1>(x3::_attr(ctx));
    })] |
    (word("two") >> ws >> word("thousand") >> -(ws >> -(word("and") >> ws) >> number_word))[([](auto& ctx) {
      const auto& rest = x3::_attr(ctx);
      x3::_val(ctx) = 2000 + (rest ? *rest : 0);
    })];
inline const auto any_year_def = year | year_words;
inline const auto weekday_name_def =
    (x3::no_case[lexicon::weekday_full] >> word_end) | (x3::no_case[lexicon::weekday_abbreviation] >> x3::lit('.'));
inline const auto number_word_def =
    (x3::no_case[lexicon::tens] >> -((dash | ws) >> x3::no_case[lexicon::units] >> word_end))[([](auto& ctx) {
      const auto& units = boost::fusion::at_c<1>(x3::_attr(ctx));
      x3::_val(ctx) = boost::fusion::at_c<0>(x3::_attr(ctx)) + (units ? *units : 0);
    })] |
    (x3::no_case[lexicon::teens][pass] >> word_end) | (x3::no_case[lexicon::units][pass] >> word_end);
// A number in words or "a", and hundreds or thousands of it: "two hundred (and) fifty", "a thousand"
// (not the military clock's "nineteen hundred hours"). The first number is read by number_word's
// definition itself, which sets this rule's value: the rule called at every count asked for would
// not be inlined.
inline const auto hundreds_word_def =
    (number_word_def | ((word("an") | word("a")) >> x3::attr(1))[pass]) >>
    -(ws >> ((word("hundred") >> !(ws >> word("hours")))[([](auto& ctx) { x3::_val(ctx) *= 100; })] |
             word("thousand")[([](auto& ctx) { x3::_val(ctx) *= 1000; })]) >>
      -(ws >> -(word("and") >> ws) >> number_word[([](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); })]));
inline const auto read_cardinal = numeral | hundreds_word;
// A part read once per position: `once<Value>(rule)` keeps the rule's last answer (where it ended
// and its value) while the scanner tags one text (FamilyMemoScope's generation), for rules that
// ask for the same part at one place in turn. The answer depends on the text from `first` alone,
// and is kept per Rule type: give it a named x3::rule (`month_name`, `ordinal`) or an expression
// no other `once` reads, never two parsers of one type.
template <typename Rule, typename Value>
struct once_parser : x3::parser<once_parser<Rule, Value>> {
  using attribute_type = Value;
  static bool const has_attribute = true;
  Rule rule;
  struct Read {
    std::uint64_t generation = 0;  // memo_detail::generation it was read in; 0: none
    const char* at = nullptr;
    const char* text_end = nullptr;
    const char* end = nullptr;  // where the part ends; nullptr when there is none
    Value value{};
  };
  static inline thread_local Read read;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    const std::uint64_t generation = memo_detail::generation;
    if (generation == 0 || read.generation != generation || read.at != first || read.text_end != last) {
      It it = first;
      Value value{};
      const bool found = rule.parse(it, last, ctx, rctx, value);
      if (generation == 0) {
        if (!found) return false;
        first = it;
        x3::traits::move_to(value, attr);
        return true;
      }
      read = {generation, first, last, found ? it : nullptr, value};
    }
    if (read.end == nullptr) return false;
    first = read.end;
    x3::traits::move_to(read.value, attr);
    return true;
  }
};
template <typename Value, typename Rule>
constexpr once_parser<Rule, Value> once(const Rule& rule) {
  return {{}, rule};
}
// read_cardinal read once per position: the duration rules ask for a count at one place up to five
// times ("a two-year plan": `lasting`, `times_per`, each form of `counted`), and each reading tries
// a numeral and three word lists.
inline const auto cardinal_def = once<double>(read_cardinal);
// Without its article only before a unit ("over two and half years"; "two years and half the budget"
// is no length).
inline const auto and_half_before_unit = ws >> word("and") >> ws >> word("half") >> &(ws >> unit_word);
inline const auto cardinal_and_half_def = cardinal[pass] >>
                                          -(and_a_half |
                                            and_half_before_unit)[([](auto& ctx) { x3::_val(ctx) += 0.5; })];
inline const auto ordinal_def =
    (x3::no_case[lexicon::ordinal_word] >> word_end) | (number<1, 99, 1, 2> >> ordinal_suffix >> word_end);
inline const auto unit_word_def = x3::no_case[lexicon::unit_name] >> word_end;
inline const auto season_name_def = x3::no_case[lexicon::season] >> word_end;
inline const auto part_of_day_name_def = x3::no_case[lexicon::part_of_day] >> word_end;

// The words that make a year an accounting one: "fiscal", "financial", "tax", "budget" ("the next
// financial year", "each tax year", "the financial year 2014"), written as the calendar year it is
// mostly in, as TimeBank writes "fiscal 1989" and "the current fiscal year".
inline const auto fiscal_word = word("fiscal") | word("financial") | word("tax") | word("budget");
// The light's turns (lights_turn.hpp) and the part of the day each opens, lexicon::part_of_day's
// morning (0) or evening (2): "at dusk" (at_dawn_or_dusk), "by nightfall", "until dawn"
// (rules_clock.cpp, part_reached). In lower case only: outside x3::no_case the table is exact.
inline const auto lights_turn_parts = [] {
  std::array<std::pair<std::string_view, int>, lights_turns.size()> parts{};
  for (std::size_t i = 0; i < lights_turns.size(); ++i)
    parts[i] = {lights_turns[i].word, lights_turns[i].opens_day ? 0 : 2};
  return parts;
}();
inline const symbols<int> lights_turn_part(lights_turn_parts, "light's turn");

// "tomorrow at dawn", "yesterday at dusk", "Friday at sunset": the day's start or end, as "at dawn on
// 4 November" is (rules_ranges.cpp, modifier_word), DATE with TimeML's mod as WikiWars tags "Sunday
// dawn of 25 June 1950" (START); a part of the day's name would say less than the light's turn.
// In lower case only: "the Friday at Dusk festival" is a name, its weekday alone.
inline const auto at_dawn_or_dusk =
    ws >> word("at") >> ws >>
    ((lights_turn_part >> word_end)[take([](Meaning& m, int part) { m.mod = part == 0 ? "START" : "END"; })] |
     (word("first") >> ws >> word("light"))[act([](Meaning& m) { m.mod = "START"; })]);

// "of each month", "of every quarter" after a part of a period: that part of every period, a recurring
// day or week TimeML has no value for ("the first day of each month", "the last week of every quarter",
// "the first Monday of each month"); the quantified unit is the set.
inline const auto of_every_period = ws >> word("of") >> ws >> (word("each") | word("every")) >> ws >> unit_word;

// "Christmas Day every year", "on the Fourth of July of each year", "the fourth Thursday of November
// every year", "July 4 every year" (rules_durations.cpp): the holiday or day in any year, a set
// (normalize_peers.cpp); not one said with its year or a direction.
inline const auto every_year =
    x3::raw[ws >> -(word("of") >> ws) >> (word("every") | word("each")) >> ws >> word("year")][([](auto& ctx) {
      Meaning& m = said(ctx);
      x3::_pass(ctx) = m.point.year == unset && m.relative_year == unset && m.direction == Direction::by_tense &&
                       !m.point.weekend && m.neighbour_unit == Unit::none;
      if (!x3::_pass(ctx)) return;
      const auto& words = x3::_attr(ctx);
      m.kind = Kind::set;
      const std::string_view said_words(&*words.begin(), static_cast<std::size_t>(words.size()));
      m.quant = said_words.find("ach") == std::string_view::npos && said_words.find("ACH") == std::string_view::npos
                    ? "EVERY"
                    : "EACH";
    })];

// "241 BC", "AD 9", "9 A.D.": years of an era. BC years are stored negative (-241 for 241 BC).
// "BCE" before "BC", which would match its start and leave "E".
inline const auto bc = x3::lit("BCE") | x3::lit("BC") | x3::lit("B.C.") | x3::lit("B.C");
inline const auto ad = x3::lit("AD") | x3::lit("A.D.") | x3::lit("CE");
inline const auto era_year =
    (number<1, 9999, 1, 4>[([](auto& ctx) { said(ctx).point.year = -x3::_attr(ctx); })] >> -ws >> bc >> word_end) |
    (number<1, 2199, 1, 4>[to_point<&CalendarFields::year>] >> -ws >> ad >> word_end) |
    (ad >> ws >> number<1, 2199, 1, 4>[to_point<&CalendarFields::year>] >> word_end);

BOOST_SPIRIT_DEFINE(day_of_month, month_name, month_full, year, year_words, any_year, weekday_name, number_word,
                    hundreds_word, cardinal, cardinal_and_half, ordinal, unit_word, season_name, part_of_day_name)

}  // namespace annalist::timex
