// annalist/engine/actors.hpp — which names of a timeline name one actor.
//
// Within one document the extractor writes every mention of an actor under its fullest form;
// across documents one person is still "James C. Kopp", "James Kopp" and "James Charles Kopp".
// The identity rule below groups the names of a timeline into actors, from the names alone (no
// gazetteer, no title list), so that facet counts, comparisons and the duplicate rule count one
// actor once. The rule, with examples, is in docs/engine.md ("Actors"):
//
//  - a shorter form: the last words are equal (ASCII case and a final "." ignored) and the other
//    words of the shorter name are, in order, among the other words of the longer one, an initial
//    standing for a word with that letter ("James C. Kopp" ~ "James Charles Kopp", "President
//    Clinton" ~ "President Bill Clinton", "Gonzalez" ~ "Elian Gonzalez"). A name that puts a
//    lower-case word right before the shorter one ("Bank of Kuwait", "Treaty of Ciudad Juárez")
//    is not a longer form of it ("Kuwait", "Ciudad Juárez"), nor is a name that puts a compass
//    point or the like ("Northern", "South", "New", "National") right before the shorter one
//    ("Northern Ireland" is not Ireland), nor a name whose words before the shorter one hold an
//    "and" ("Soviet Ukraine and Soviet Russia" lists several, and is not Russia), nor a name that
//    leaves out a middle initial of the longer one ("George Bush" is not "George W. Bush");
//  - a shorter name joins the longer names it is a form of only when they are all one actor:
//    "Gonzalez" beside "Elian Gonzalez" and "Lazaro Gonzalez" stays an actor of its own; and
//    never when the timeline's events also give it as a place ("China" is no form of "CIA China",
//    "Algeria" none of "Front for French Algeria");
//  - an institution noun said alone ("Union", "Commission") joins, like an acronym, only the one
//    longer name it ends that a document's events also name ("European Commission", not "Soviet
//    Union" from another document);
//  - an acronym ("INS", "U.N.") joins the one actor with a name whose capitalised words have those
//    initials ("Immigration and Naturalization Service") when the events of some document name
//    both: initials alone are weak evidence ("GM" is General Motors, not General Mills);
//  - names equal but for ASCII case and final dots are one actor ("Co." and "CO").
//
// An actor is shown under its fullest name: most words, then fewest initials, then most mentions,
// then the first in byte order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace annalist {

// Whether `shorter` may be a shorter form of `longer` (the rule's first part; an equal name is
// not a shorter form). Says nothing about other names: group_actor_names decides with all of them.
bool is_shorter_form(std::string_view shorter, std::string_view longer);

// Whether `acronym` — one word of two or more capitals, dots allowed ("INS", "U.N.") — spells the
// initials of the capitalised words of `name` ("Immigration and Naturalization Service"), which
// has at least two words.
bool is_acronym_of(std::string_view acronym, std::string_view name);

// Names grouped into actors. Invariants: actor_of.size() is the number of names, every actor id is
// < display.size(), and display[a] is the index of a name of actor a.
struct ActorGroups {
  std::vector<std::uint32_t> actor_of;  // name index -> actor id; ids dense from 0
  std::vector<std::uint32_t> display;   // actor id -> index of the name it is shown under
};

// Whether names i and j are named by events of one document: the evidence an acronym needs. Called
// only for an acronym and the names it could stand for, so a caller may gather documents lazily.
using NamedTogether = std::function<bool(std::size_t, std::size_t)>;

// Groups distinct `names` (as written) into actors by the identity rule. `mentions[i]` is how
// many events name names[i] (the display name's tie-break); `also_place[i]` is non-zero when
// events give names[i] as a place too. Either may be empty (no mentions, no places).
ActorGroups group_actor_names(std::span<const std::string_view> names, std::span<const std::uint32_t> mentions,
                              const NamedTogether& named_together, std::span<const std::uint8_t> also_place = {});

}  // namespace annalist
