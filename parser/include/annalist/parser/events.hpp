// annalist/parser/events.hpp — dated events from English news and policy text.
//
//   const auto& lexicon = annalist::default_event_lexicon();
//   annalist::ExtractOptions options;
//   options.lexicon = &lexicon;            // or nullptr for the default
//   auto doc = annalist::extract_document(text, options);
//   for (const annalist::Event& e : doc.events) ...   // "approved", adoption, occurred, 2014-01-29
//
// For every body sentence with a placeable temporal expression, each expression dates the
// nearest predicate that governs it in its clause (a verb group or a nominalisation found by the
// trigger lexicon). The predicate gives the event's type; tense, aspect and modality of its verb
// group (relative to the DCT) give its status; names in the clause give actors and places. Page
// chrome (see document.hpp) never yields events. docs/events.md describes the rules.
#pragma once

#include <annalist/engine/event.hpp>
#include <annalist/parser/document.hpp>
#include <annalist/parser/time_expression.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// The event types of the taxonomy (docs/events.md), as written in JSON and in lexicon files.
// "other" is the type of a dated predicate that no trigger names.
inline constexpr std::string_view event_types[] = {
    "adoption", "agreement", "establishment", "visit",    "statement", "plan",
    "election", "conflict",  "disaster",      "economic", "other",
};
bool is_event_type(std::string_view type);

// What a lexicon entry says about its words.
enum class LexiconRole : std::uint8_t {
  verb,     // an event verb: "approve" (adoption); inflected forms are matched too
  noun,     // an event noun or nominal phrase: "official visit", "address to the nation"
  intent,   // its complement is planned: "plan to", "is preparing to", "is due to"
  command,  // its complement is the event and takes its tense: "ordered the opening of"
  support,  // a light verb that lends its tense to an event noun: "make a visit", "hold talks"
};
std::string_view to_string(LexiconRole role);

// The kinds of names a gazetteer knows.
enum class NameKind : std::uint8_t {
  country,       // "Kazakhstan"; also reached through demonyms ("Kazakhstani")
  place,         // a city or region: "Johannesburg", "Central Asia"
  organisation,  // "United Nations", "NATO"
  title,         // a title that starts a person's name: "President", "Foreign Minister"
  term,          // a capitalised term that names no one: "GDP", "CEO", "Internet" (never an actor)
};

// The trigger lexicon and gazetteer: data, loaded from tab-separated files (format in
// docs/events.md). Trigger keys are lower case; name keys are as written (names are matched case
// sensitively: "US" the country, not "us"). Words in a key are separated by one space.
struct EventLexicon {
  struct Trigger {
    enum class Form : std::uint8_t { base, third_person, past, past_participle, past_or_participle, gerund, noun };
    LexiconRole role = LexiconRole::verb;
    Form form = Form::base;
    std::string type;   // an event_types entry; empty for intent, command and support words
    std::string lemma;  // the entry's words: "approve", "official visit"
  };
  struct Name {
    NameKind kind = NameKind::country;
    std::string canonical;  // the name to report: "Kazakhstan" for "Kazakhstani", "United Nations" for "UN"
  };
  // Surface form -> its readings (one per role: "report" is a verb and a noun).
  std::map<std::string, std::vector<Trigger>, std::less<>> triggers;
  std::map<std::string, Name, std::less<>> names;
  // First word -> the number of words of the longest key starting with it (for longest match).
  std::map<std::string, std::size_t, std::less<>> longest_trigger;
  std::map<std::string, std::size_t, std::less<>> longest_name;

  // Adds the entries of a lexicon file's text; an entry replaces an earlier reading of the same
  // surface form with the same role. `source` names the text in errors. Throws InputError
  // ("source:line: ...") on a malformed line, an unknown role or kind, or an unknown type.
  void add_entries(std::string_view text, const std::string& source);
};

// A lexicon from a file (trigger and/or gazetteer lines). Throws InputError.
EventLexicon load_event_lexicon(const std::filesystem::path& path);

// The built-in lexicon, compiled from data/event-triggers.tsv and data/gazetteer.tsv.
const EventLexicon& default_event_lexicon();

struct ExtractOptions {
  std::optional<date::sys_days> dct;  // document creation time; else the header date line, else today
  std::string document_id;            // Document::id and the prefix of event ids
  std::string title;                  // empty: the headline found in the text
  std::string path;                   // Document::path
  DateOrder date_order = DateOrder::automatic;
  std::string region;                     // ParseContext::region: whose holidays a shared name means ("IN", "CA")
  const EventLexicon* lexicon = nullptr;  // nullptr: default_event_lexicon()
  // Whether the result keeps the structure and every time expression of the text. Without them
  // an extraction's memory grows with the events it finds, not with the expressions it reads.
  bool keep_analysis = true;
  // How much text is analysed at a time (see for_each_time_expression): a text up to this size
  // is read as a whole; a longer one a segment at a time, cut at paragraph breaks.
  std::size_t segment_bytes = default_segment_bytes;
};

// Where the DCT of an extraction came from (the CLI reports it on stderr).
enum class DctSource { option, header, today };

struct ExtractedDocument {
  Document document;  // id, title, dct, path
  DctSource dct_source = DctSource::option;
  DocumentStructure structure;          // paragraphs, sentences, chrome (when keep_analysis)
  std::vector<Event> events;            // body events in text order; ids "<document_id>-e<n>"
  std::vector<ChromeItem> chrome;       // the page chrome (= structure.chrome when kept)
  std::vector<TimeExpression> timexes;  // every temporal expression of the text, chrome included
                                        // (when keep_analysis)
  // The dates the text states that the calendar does not have: untagged, for the caller to warn of.
  std::vector<ImpossibleDate> impossible_dates;
};

// Finds the structure, time expressions and events of one document. A text longer than
// options.segment_bytes is read a segment at a time, each cut at a paragraph break (else a line
// break, a sentence end, a blank): time expressions as for_each_time_expression finds them, and
// the structure of each segment on its own (the headline is only the first segment's; a line at
// the start of a later segment is judged as at a document's start).
ExtractedDocument extract_document(std::string_view text, const ExtractOptions& options);

// The events of `text` given its structure and time expressions (sorted by position) and the DCT:
// the step after temporal tagging, usable with expressions from any tagger (or built by hand).
std::vector<Event> extract_events(std::string_view text, const DocumentStructure& structure,
                                  const std::vector<TimeExpression>& timexes, date::sys_days dct,
                                  const EventLexicon& lexicon, const std::string& document_id = "");

}  // namespace annalist
