// Whole documents through extract_document: the temporal grammar, the structure and the event
// layer together, on the seed article and on the test documents in tests/data/documents/.
#include "events_test_support.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/parser/timeml.hpp>

#include <filesystem>

using namespace annalist;
using namespace annalist::test;

namespace {

ExtractedDocument extract_file(const std::string& path, std::optional<date::sys_days> dct = std::nullopt) {
  ExtractOptions options;
  options.document_id = "doc";
  options.dct = dct;
  return extract_document(read_text_file(path), options);
}

const std::string documents = ANNALIST_SOURCE_DIR "/tests/data/documents/";

// The event with this trigger (substring) dated to `value`, or nullptr.
const Event* find_dated(const std::vector<Event>& events, std::string_view trigger, std::string_view value) {
  for (const Event& e : events)
    if (e.trigger.find(trigger) != std::string::npos && e.time.value == value) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("seed document: DCT from the header line, and the acceptance events with their dates and statuses") {
  const ExtractedDocument d = extract_file(ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt");
  CHECK(d.dct_source == DctSource::header);
  CHECK(d.document.dct == day(2014, 2, 5));
  CHECK(d.document.title == "Kazakhstan Adopts New Foreign Policy Concept");
  INFO(describe(d.events));
  struct Expected {
    std::string_view trigger, value;
    EventStatus status;
  };
  for (const Expected& x :
       {Expected{"approved", "2014-01-29", EventStatus::occurred},
        Expected{"made public", "2012-12", EventStatus::occurred},
        Expected{"address to the nation", "2014-01", EventStatus::occurred},
        Expected{"ordered the opening", "2013-11", EventStatus::occurred},
        Expected{"official visit", "2014", EventStatus::planned}, Expected{"operating", "2012", EventStatus::ongoing},
        Expected{"opened", "2014", EventStatus::planned},
        Expected{"become fully operational", "2015-01", EventStatus::planned}}) {
    const Event* e = find_dated(d.events, x.trigger, x.value);
    CHECK_MESSAGE(e, x.trigger << " " << x.value);
    if (e) CHECK_MESSAGE(e->status == x.status, x.trigger);
  }
  const Event* policy_concept = find_dated(d.events, "concept", "2014");
  REQUIRE(policy_concept);
  CHECK(policy_concept->time.interval.end == day(2020, 12, 31));
  const Event* treaty = nullptr;
  for (const Event& e : d.events)
    if (e.trigger == "sign the founding treaty") treaty = &e;
  REQUIRE(treaty);
  CHECK(treaty->status == EventStatus::planned);
}

TEST_CASE("seed document: nothing is dated 2050, the byline reads 05/02/2014 as 5 February, the footer is chrome") {
  const ExtractedDocument d = extract_file(ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt");
  for (const Event& e : d.events) {
    CHECK_MESSAGE(date::year_month_day{e.time.interval.start}.year() < date::year{2050}, e.trigger);
    const bool before_2015 = date::year_month_day{e.time.interval.start}.year() < date::year{2015};
    const bool operational = e.trigger.find("operational") != std::string::npos;  // next January
    CHECK_MESSAGE((before_2015 || operational),
                  "no 2015-2017 publication in the article's events: " << e.trigger << " " << e.time.text);
  }
  const auto byline =
      std::find_if(d.timexes.begin(), d.timexes.end(), [](const auto& t) { return t.text == "05/02/2014"; });
  REQUIRE(byline != d.timexes.end());
  CHECK(byline->value == "2014-02-05");
  std::size_t related = 0;
  bool byline_chrome = false;
  for (const ChromeItem& c : d.chrome) {
    related += c.kind == ChromeKind::related_list;
    byline_chrome = byline_chrome || (c.kind == ChromeKind::byline && c.text.find("Voloshin") != std::string::npos);
  }
  CHECK(related >= 10);
  CHECK(byline_chrome);
}

TEST_CASE("a text longer than a segment is read a segment at a time: the same events, chrome and expressions") {
  // The paragraphs of prose of two news articles one after another (their page chrome left out),
  // read whole and in segments of about 1 KB. (Segments of a history are each judged narrative
  // or not by the tagger: for_each_time_expression.)
  std::string text;
  for (const char* name : {"eu-budget-framework-2013.txt", "kyrgyz-election-2017.txt"}) {
    const std::string article = read_text_file(documents + name);
    for (std::size_t at = 0; at < article.size();) {
      std::size_t end = article.find("\n\n", at);
      if (end == std::string::npos) end = article.size();
      if (end - at > 120) text += article.substr(at, end - at) + "\n\n";
      at = end + 2;
    }
  }
  ExtractOptions options;
  options.document_id = "doc";
  options.dct = day(2016, 3, 14);
  const ExtractedDocument whole = extract_document(text, options);
  options.segment_bytes = 1024;
  const ExtractedDocument segmented = extract_document(text, options);
  REQUIRE(whole.events.size() == 17);
  CHECK(segmented.events == whole.events);
  CHECK(segmented.chrome == whole.chrome);
  CHECK(segmented.timexes == whole.timexes);
  CHECK(segmented.structure.sentences == whole.structure.sentences);
  CHECK(segmented.document.title == whole.document.title);
}

TEST_CASE("without keep_analysis an extraction keeps its events and chrome, not its expressions and structure") {
  ExtractOptions options;
  options.document_id = "doc";
  const std::string text = read_text_file(ANNALIST_DATA_DIR "/kazakhstan-foreign-policy-2014.txt");
  const ExtractedDocument kept = extract_document(text, options);
  options.keep_analysis = false;
  const ExtractedDocument lean = extract_document(text, options);
  CHECK(lean.events == kept.events);
  CHECK(lean.chrome == kept.chrome);
  CHECK(lean.document.title == "Kazakhstan Adopts New Foreign Policy Concept");
  CHECK(lean.timexes.empty());
  CHECK(lean.structure.sentences.empty());
  CHECK_FALSE(kept.timexes.empty());
  CHECK_FALSE(kept.structure.sentences.empty());
}

TEST_CASE("Mekong accord: an agreement signed, a commission founded, plans dated ahead, a dam built since 2012") {
  const ExtractedDocument d = extract_file(documents + "mekong-water-accord-2016.txt");
  CHECK(d.document.dct == day(2016, 3, 14));
  CHECK(d.document.title == "Mekong States Sign Water-Sharing Accord");
  INFO(describe(d.events));
  const Event* signing = find_dated(d.events, "signed", "2016-03-10");
  REQUIRE(signing);
  CHECK(signing->type == "agreement");
  CHECK(signing->status == EventStatus::occurred);
  CHECK(signing->actors == std::vector<std::string>{"Vietnam", "Laos", "Cambodia", "Thailand"});
  CHECK(signing->places == std::vector<std::string>{"Vientiane"});
  const Event* founded = find_dated(d.events, "established", "1995");
  REQUIRE(founded);
  CHECK(founded->type == "establishment");
  CHECK(founded->status == EventStatus::occurred);
  CHECK(contains(founded->actors, "Mekong River Commission"));
  const Event* report = find_dated(d.events, "publish", "2016-06");
  REQUIRE(report);
  CHECK(report->type == "statement");
  CHECK(report->status == EventStatus::planned);
  const Event* meeting = find_dated(d.events, "meet", "2016-09");
  REQUIRE(meeting);
  CHECK(meeting->status == EventStatus::planned);
  CHECK(meeting->places == std::vector<std::string>{"Hanoi"});
  const Event* dam = find_dated(d.events, "building", "2012");
  REQUIRE(dam);
  CHECK(dam->status == EventStatus::ongoing);
  CHECK(contains(dam->actors, "Laos"));
  const Event* election = find_dated(d.events, "election", "2017");
  REQUIRE(election);
  CHECK(election->type == "election");
  CHECK(election->status == EventStatus::planned);
  CHECK(election->actors == std::vector<std::string>{"Thailand"});
  for (const Event& e : d.events) CHECK_MESSAGE(e.time.value.substr(0, 4) != "2015", "the related list is chrome");
}

TEST_CASE("EU budget: approved on Tuesday, adoption expected in December, an agreement reached in February") {
  const ExtractedDocument d = extract_file(documents + "eu-budget-framework-2013.txt");
  CHECK(d.document.dct == day(2013, 11, 20));
  INFO(describe(d.events));
  const Event* approval = find_dated(d.events, "approved", "2013-11-19");
  REQUIRE(approval);
  CHECK(approval->status == EventStatus::occurred);
  CHECK(contains(approval->actors, "European Parliament"));
  const Event* adoption = find_dated(d.events, "adopt", "2013-12");
  REQUIRE(adoption);
  CHECK(adoption->status == EventStatus::planned);
  CHECK(contains(adoption->actors, "Council of the European Union"));
  // "in February" after "June 2011": which February is the temporal grammar's call (reference
  // time); the event layer only has to find it, in the past.
  const Event* agreement = find_event(d.events, "agreement", "February");
  REQUIRE(agreement);
  CHECK(agreement->status == EventStatus::occurred);
  CHECK(contains(agreement->actors, "European Union"));
  const Event* negotiations = find_dated(d.events, "Negotiations", "2011-06");
  REQUIRE(negotiations);
  CHECK(negotiations->status == EventStatus::occurred);
}

TEST_CASE("Kyrgyz election: elected on Sunday, a report planned for December, ruling since 2011") {
  const ExtractedDocument d = extract_file(documents + "kyrgyz-election-2017.txt", day(2017, 10, 16));
  INFO(describe(d.events));
  const Event* election = find_dated(d.events, "elected", "2017-10-15");
  REQUIRE(election);
  CHECK(election->type == "election");
  CHECK(election->status == EventStatus::occurred);
  CHECK(contains(election->actors, "Sooronbay Jeenbekov"));
  CHECK(election->places == std::vector<std::string>{"Kyrgyzstan"});
  const Event* report = find_dated(d.events, "report", "2017-12");
  REQUIRE(report);
  CHECK(report->status == EventStatus::planned);
  CHECK(report->actors == std::vector<std::string>{"Organization for Security and Cooperation in Europe"});
  const Event* rule = find_dated(d.events, "ruled", "2011");
  REQUIRE(rule);
  CHECK(rule->status == EventStatus::ongoing);
  CHECK(rule->actors == std::vector<std::string>{"President Almazbek Atambayev"});
  const Event* joined = find_dated(d.events, "joined", "2015");
  REQUIRE(joined);
  CHECK(joined->type == "agreement");
  CHECK(joined->status == EventStatus::occurred);
  CHECK(contains(joined->actors, "Kyrgyzstan"));
  bool chrome_view_count = false;
  for (const ChromeItem& c : d.chrome) chrome_view_count = chrome_view_count || c.kind == ChromeKind::view_count;
  CHECK(chrome_view_count);
}

TEST_CASE("every TBAQ document extracts without error and its events keep the invariants") {
  const std::filesystem::path corpus = ANNALIST_SHARED_DIR "/corpora/tbaq";
  if (!std::filesystem::is_directory(corpus)) {
    MESSAGE("skipped: no corpus at " << corpus.string());
    return;
  }
  // Every fourth document in name order: all kinds of newswire, at a test's running time.
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus))
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  CHECK(files.size() == 256);
  std::size_t documents_read = 0, events = 0;
  for (std::size_t f = 0; f < files.size(); f += 4) {
    const std::filesystem::directory_entry entry(files[f]);
    const TimemlDocument doc = TimemlDocument::parse(read_file(entry.path()), entry.path().string());
    ExtractOptions options;
    options.document_id = entry.path().stem().string();
    if (doc.creation_date()) options.dct = date::sys_days{doc.creation_date()->time_since_epoch()};
    const ExtractedDocument d = extract_document(doc.text(), options);
    ++documents_read;
    for (const Event& e : d.events) {
      ++events;
      INFO(entry.path().string() << ": " << e.trigger << " / " << e.time.text);
      CHECK(e.span.begin < e.span.end);
      CHECK(e.span.end <= doc.text().size());
      CHECK(e.time.interval.start <= e.time.interval.end);
      CHECK(is_event_type(e.type));
      CHECK_FALSE(e.trigger.empty());
      for (const ChromeItem& c : d.chrome) CHECK((e.span.end <= c.span.begin || c.span.end <= e.span.begin));
    }
  }
  CHECK(documents_read == 64);
  CHECK(events > 75);
}
