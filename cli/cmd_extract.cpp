// annalist extract — read documents (plain text, TimeML, JSON Lines), write their dated events as
// a timeline (JSON, docs/timeline.schema.json).
#include "args.hpp"
#include "commands.hpp"
#include "dates.hpp"
#include "input.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/engine/text.hpp>
#include <annalist/engine/timeline.hpp>
#include <annalist/parser/events.hpp>
#include <annalist/parser/timeml.hpp>

#include <date/date.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace annalist::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* usage =
    "usage: annalist extract FILE|DIR|-... [--dct DATE] [--date-order auto|mdy|dmy] [--region CODE]\n"
    "                        [--lexicon FILE] [--jobs N] [-o timeline.json]\n"
    "\n"
    "Reads English news or policy documents and writes their dated events as a timeline (JSON):\n"
    "what happened or is planned, when (an uncertain interval), its type, status, actors and\n"
    "places. Page chrome (date lines, bylines, \"Read 6289 times\", related-publication lists) is\n"
    "kept in the timeline's \"chrome\" section, never in its events.\n"
    "\n"
    "Inputs (directories are read recursively, in name order):\n"
    "  *.tml, *.xml  TimeML: the text of <TEXT>, the DCT of its CREATION_TIME TIMEX3\n"
    "  *.jsonl       JSON Lines, one document per line: {\"id\":..,\"text\":..,\"dct\":..,\"title\":..}\n"
    "                (dct and title optional; dct a date or a date-time)\n"
    "  anything else plain UTF-8 text (in a directory: *.txt only); - reads standard input\n"
    "  *.json        refused: a timeline is read by query, compare and export\n"
    "\n"
    "--dct DATE        document creation time (YYYY-MM-DD) for every document. Without it: the\n"
    "                  document's own DCT (TimeML, JSON Lines), else a date line in its header\n"
    "                  (\"Wednesday, 05 February 2014\"), else today; stderr says which.\n"
    "--date-order ORD  how to read 05/02/2014 when both orders are possible: auto (default), mdy, dmy.\n"
    "--region CODE     whose holidays a name several countries share means (ISO 3166: IN, CA, GB-SCT);\n"
    "                  default the United States' (annalist timex --help).\n"
    "--lexicon FILE    more trigger or gazetteer entries (docs/events.md), added to the built-in ones.\n"
    "--jobs N          worker threads (default: all cores).\n"
    "-o, --output FILE write the timeline there (atomically); default: standard output.\n"
    "\n"
    "A document that cannot be read is reported (FILE:LINE: what) and the others are still\n"
    "extracted. Exit status: 0 ok, 1 some input could not be read, 2 bad usage.\n";

// One document to extract: where it comes from, and what is known before reading it.
struct Job {
  std::string source;  // file name for messages ("-" = stdin)
  fs::path path;       // the file to read (empty when text is given)
  enum class Format { text, timeml, given } format = Format::text;
  std::string id;
  std::string title;
  std::optional<std::string> text;    // JSON Lines: the text is read with the file list
  std::optional<date::sys_days> dct;  // JSON Lines: its dct
  std::size_t line = 0;               // JSON Lines: the line, for messages
};

struct Outcome {
  std::optional<ExtractedDocument> document;
  std::string error;  // "file:line: what", when the document could not be extracted
  DctSource dct_source = DctSource::option;
  bool dct_from_file = false;         // TimeML or JSON Lines gave the DCT
  std::string dct_problem;            // "file:line: what" of a TimeML DCT that names no day
  std::vector<std::string> warnings;  // "file:line: what" of dates the text states that do not exist
};

// A document's date: a day, or the day of a date-time ("2013-02-12T04:30:00").
std::optional<date::sys_days> parse_day(std::string_view s) {
  const auto t = parse_date_time(s);
  if (!t) return std::nullopt;
  return date::sys_days{date::floor<date::days>(*t).time_since_epoch()};
}

bool has_extension(const fs::path& p, std::initializer_list<std::string_view> extensions) {
  const std::string e = p.extension().string();
  return std::any_of(extensions.begin(), extensions.end(), [&](std::string_view x) { return e == x; });
}

// A document id from a path: relative to the directory argument, without extension.
std::string id_of(const fs::path& file, const fs::path& root) {
  fs::path relative = root.empty() ? file.filename() : file.lexically_relative(root);
  if (relative.empty() || relative.native().starts_with("..")) relative = file.filename();
  relative.replace_extension();
  return relative.generic_string();
}

// The documents of a JSON Lines file, one job per non-blank line; bad lines (invalid JSON or
// UTF-8, a missing text, an impossible dct) become errors and the other lines are read. A NUL
// byte means the file is binary: one error for the file, not one per line.
void read_jsonl(const fs::path& file, const std::string& id_prefix, std::vector<Job>& jobs,
                std::vector<std::string>& errors) {
  const std::string content = read_file(file, 0, {.max_bytes = max_input_bytes, .stop_at_nul = true});
  if (const auto nul = content.find('\0'); nul != std::string::npos)
    require_text(std::string_view(content).substr(0, nul + 1), file.string());  // throws, with line:column
  std::size_t line_number = 0, pos = 0;
  while (pos < content.size()) {
    std::size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    const std::string_view line(content.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = file.string() + ":" + std::to_string(line_number) + ": ";
    nlohmann::json j;
    try {
      j = parse_json_line(line);
    } catch (const std::runtime_error& e) {
      errors.push_back(where + "not a JSON object (" + e.what() + ")");
      continue;
    }
    if (!j.is_object()) {
      errors.push_back(where + "not a JSON object");
      continue;
    }
    Job job;
    job.source = file.string();
    job.format = Job::Format::given;
    job.line = line_number;
    if (!j.contains("text") || !j["text"].is_string()) {
      errors.push_back(where + "/text: missing or not a string");
      continue;
    }
    job.text = j["text"].get<std::string>();
    // An empty id is no id: a timeline refuses a document without one.
    if (j.contains("id") && j["id"].is_string() && !j["id"].get_ref<const std::string&>().empty())
      job.id = j["id"].get<std::string>();
    else if (j.contains("id") && j["id"].is_number_integer())
      job.id = j["id"].dump();  // as written, also beyond a long long
    else
      job.id = id_prefix + ":" + std::to_string(line_number);
    if (j.contains("title") && j["title"].is_string()) job.title = j["title"].get<std::string>();
    if (j.contains("dct") && !j["dct"].is_null()) {
      const std::string given = j["dct"].is_string() ? j["dct"].get<std::string>() : j["dct"].dump();
      const auto dct = j["dct"].is_string() ? parse_day(given) : std::nullopt;
      if (!dct) {
        errors.push_back(where + "/dct: " + (j["dct"].is_string() ? quote_for_message(given, '"') : elide(given, 60)) +
                         " " + date_time_error(given));
        continue;
      }
      job.dct = dct;
    }
    jobs.push_back(std::move(job));
  }
}

void add_file(const fs::path& file, const fs::path& root, std::vector<Job>& jobs, std::vector<std::string>& errors) {
  if (has_extension(file, {".jsonl", ".ndjson"})) {
    try {
      read_jsonl(file, id_of(file, root), jobs, errors);
    } catch (const InputError& e) {
      errors.push_back(e.what());
    }
    return;
  }
  // A timeline given back to extract (out/x.timeline.json) would be tagged as prose: no events and
  // a success that hides the mistake.
  if (has_extension(file, {".json"})) {
    errors.push_back(file.string() +
                     ": a .json file is no document (extract reads text, TimeML *.tml and JSON Lines *.jsonl); "
                     "to read a timeline use query, compare or export");
    return;
  }
  Job job;
  job.source = file.string();
  job.path = file;
  job.id = id_of(file, root);
  job.format = has_extension(file, {".tml", ".xml", ".sgm"}) ? Job::Format::timeml : Job::Format::text;
  jobs.push_back(std::move(job));
}

std::vector<Job> collect_jobs(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
  std::vector<Job> jobs;
  for (const std::string& input : inputs) {
    if (input == "-") {
      Job job;
      job.source = "<stdin>";
      job.id = "stdin";
      job.format = Job::Format::given;
      try {
        job.text = read_text_file(input);
      } catch (const InputError& e) {
        errors.push_back(e.what());
        continue;
      }
      jobs.push_back(std::move(job));
      continue;
    }
    const fs::path path(input);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const fs::path& f = it->path();
        if (f.filename().string().starts_with(".")) continue;
        if (has_extension(f, {".txt", ".tml", ".jsonl", ".ndjson"})) files.push_back(f);
      }
      if (ec) errors.push_back(input + ": " + ec.message());
      if (!ec && files.empty()) errors.push_back(input + ": no documents in this directory (*.txt, *.tml, *.jsonl)");
      std::sort(files.begin(), files.end());
      for (const fs::path& f : files) add_file(f, path, jobs, errors);
    } else if (fs::exists(path, ec)) {
      add_file(path, {}, jobs, errors);
    } else {
      errors.push_back(input + ": no such file or directory");
    }
  }
  return jobs;
}

Outcome run_job(const Job& job, const ExtractOptions& base) {
  Outcome out;
  try {
    ExtractOptions options = base;
    options.document_id = job.id;
    options.title = job.title;
    options.path = job.path.empty() ? job.source : job.path.string();
    std::string read;  // the text of a file; stdin and JSON Lines documents come with theirs
    const std::string* text = &read;
    switch (job.format) {
      case Job::Format::given:
        text = &*job.text;  // not copied: stdin may be 100 MB
        if (const auto bad = find_invalid_utf8(*text)) {
          const TextPosition at = position_of(*text, *bad);
          throw InputError(job.source, job.line ? job.line : at.line, job.line ? 0 : at.column, "invalid UTF-8");
        }
        if (!options.dct && job.dct) {
          options.dct = job.dct;
          out.dct_from_file = true;
        }
        break;
      case Job::Format::text:
        read = read_text_file(job.path);
        break;
      case Job::Format::timeml: {
        const TimemlDocument doc = TimemlDocument::parse(read_text_file(job.path), job.path.string());
        read = doc.text();
        if (!options.dct && doc.creation_date()) {
          options.dct = date::sys_days{doc.creation_date()->time_since_epoch()};
          out.dct_from_file = true;
        } else if (!options.dct && !doc.creation_date_problem().empty()) {
          out.dct_problem = job.path.string() + ":" + doc.creation_date_problem();
        }
        break;
      }
    }
    if (text->find_first_not_of(" \t\r\n") == std::string::npos)
      throw InputError(job.source, job.line, 0, "empty document (no text to extract events from)");
    out.document = extract_document(*text, options);
    out.dct_source = out.document->dct_source;
    // A TimeML document's text starts inside the file: its dates are named by the file alone.
    if (job.format == Job::Format::timeml)
      for (const ImpossibleDate& d : out.document->impossible_dates)
        out.warnings.push_back(job.source + ": " + impossible_date_message(d));
    else
      out.warnings = impossible_date_warnings(job.source, *text, out.document->impossible_dates, job.line);
  } catch (const InputError& e) {
    out.error = e.what();
  } catch (const std::exception& e) {
    out.error = job.source + ": " + e.what();
  }
  return out;
}

}  // namespace

int run_extract(int argc, char** argv) {
  const Args args(argc, argv, {"help", "h"}, {"dct", "date-order", "region", "lexicon", "jobs", "o", "output"});
  if (args.has("help") || args.has("h")) {
    std::cout << usage;
    return exit_ok;
  }
  if (args.positional().empty()) throw UsageError("no input: give one or more files or directories (or -)");

  ExtractOptions base;
  base.keep_analysis = false;  // a timeline needs the events and chrome only: memory grows with them
  if (const auto dct = args.get("dct")) {
    base.dct = parse_day(*dct);
    if (!base.dct || dct->size() != 10)
      throw UsageError("--dct: " + quote_for_message(*dct, '"') + " " + date_error(*dct, "YYYY-MM-DD"));
  }
  if (const auto order = args.get("date-order")) {
    const auto parsed = date_order_from_string(*order);
    if (!parsed) throw UsageError("--date-order: " + quote_for_message(*order, '"') + " is not auto, mdy or dmy");
    base.date_order = *parsed;
  }
  if (const auto region = args.get("region")) {
    if (!is_region_code(*region))
      throw UsageError("--region: " + quote_for_message(*region, '"') + " is not an ISO 3166 code (IN, CA, GB-SCT)");
    base.region = *region;
  }
  std::optional<EventLexicon> lexicon;
  if (const auto file = args.get("lexicon")) {
    lexicon = default_event_lexicon();
    lexicon->add_entries(read_text_file(*file), *file);  // InputError: exit 1 with file:line
    base.lexicon = &*lexicon;
  }
  unsigned jobs_wanted = std::max(1u, std::thread::hardware_concurrency());
  if (const auto n = args.get("jobs")) jobs_wanted = static_cast<unsigned>(parse_count("--jobs", *n, 1, 1024));
  const std::optional<std::string> output = args.get("o", "output");

  std::vector<std::string> errors;
  const std::vector<Job> jobs = collect_jobs(args.positional(), errors);
  if (output) {  // before the work: a mistyped -o must not cost a long extraction, nor an input
    std::vector<fs::path> inputs;
    for (const Job& job : jobs) inputs.push_back(job.path.empty() ? fs::path(job.source) : job.path);
    check_output_option("-o", *output, inputs);
  }

  // Extract in parallel; results keep the input order, so the output is deterministic.
  const auto started = std::chrono::steady_clock::now();
  std::vector<Outcome> outcomes(jobs.size());
  std::atomic<std::size_t> next{0}, done{0};
  const unsigned workers =
      static_cast<unsigned>(std::min<std::size_t>(jobs_wanted, std::max<std::size_t>(1, jobs.size())));
  std::mutex done_mutex;
  std::condition_variable all_done;  // woken by the last document, so that a short run does not wait
  std::vector<std::thread> pool;
  for (unsigned w = 0; w < workers; ++w)
    pool.emplace_back([&] {
      for (std::size_t i; (i = next.fetch_add(1)) < jobs.size();) {
        outcomes[i] = run_job(jobs[i], base);
        if (done.fetch_add(1) + 1 == jobs.size()) {
          const std::lock_guard<std::mutex> lock(done_mutex);
          all_done.notify_all();
        }
      }
    });
  // A progress line for long runs, redrawn in place on a terminal.
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  bool progress_shown = false;
  std::unique_lock<std::mutex> lock(done_mutex);
  while (!all_done.wait_for(lock, std::chrono::milliseconds(100), [&] { return done.load() >= jobs.size(); })) {
    const auto elapsed = std::chrono::steady_clock::now() - started;
    if (terminal && elapsed > std::chrono::seconds(1)) {
      std::cerr << "\rannalist extract: " << done.load() << '/' << jobs.size() << " documents" << std::flush;
      progress_shown = true;
    }
  }
  lock.unlock();
  for (std::thread& t : pool) t.join();
  if (progress_shown) std::cerr << '\n';

  Timeline timeline;
  std::map<std::string, std::size_t> dct_sources;
  std::size_t documents = 0, events = 0;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    Outcome& o = outcomes[i];
    for (const std::string& w : o.warnings) std::cerr << "annalist extract: " << w << '\n';
    if (!o.document) {
      errors.push_back(o.error);
      continue;
    }
    ExtractedDocument& d = *o.document;
    try {
      timeline.add_document(d.document);
    } catch (const std::invalid_argument&) {
      errors.push_back(jobs[i].source + ": document id " + quote_for_message(d.document.id, '"') + " is used twice");
      continue;
    }
    events += d.events.size();
    for (Event& e : d.events) timeline.add_event(std::move(e));
    for (const ChromeItem& c : d.chrome)
      timeline.add_chrome({d.document.id, std::string(to_string(c.kind)), c.text, c.span});
    d.events = {};  // moved into the timeline: free what held them
    d.chrome = {};
    ++documents;
    const std::string dct = to_iso_date(d.document.dct);
    const std::string source = base.dct                            ? "--dct"
                               : o.dct_from_file                   ? "the document's DCT"
                               : o.dct_source == DctSource::header ? "its header date line"
                               : o.dct_problem.empty()             ? "today (no date in the document)"
                                                                   : "today (" + o.dct_problem + ")";
    if (jobs.size() <= 10)
      std::cerr << "annalist extract: " << d.document.id << ": DCT " << dct << " from " << source << '\n';
    else
      ++dct_sources[source];
  }
  for (const std::string& e : errors) std::cerr << "annalist extract: " << e << '\n';
  if (!dct_sources.empty()) {
    std::cerr << "annalist extract: DCT from";
    const char* sep = " ";
    for (const auto& [source, n] : dct_sources) {
      std::cerr << sep << source << ": " << n;
      sep = ", ";
    }
    std::cerr << '\n';
  }
  // Several documents telling one story report some happenings twice: marked as merging them
  // would (query and export show them, compare counts each once).
  const std::size_t duplicates = timeline.mark_duplicates();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cerr << "annalist extract: " << documents << " document(s), " << events << " event(s)"
            << (duplicates ? " (" + std::to_string(duplicates) + " reported by an earlier document too)" : "")
            << (errors.empty() ? "" : ", " + std::to_string(errors.size()) + " failed") << " in "
            << std::to_string(seconds).substr(0, 5) << " s\n";

  // Nothing extracted and something failed: write nothing rather than an empty timeline.
  if (documents == 0 && !errors.empty()) return exit_input_error;
  if (output && *output != "-")
    write_timeline(*output, timeline);
  else
    write_json(timeline, [](std::string_view piece) { std::cout << piece; });
  return errors.empty() ? exit_ok : exit_input_error;
}

}  // namespace annalist::cli
