// annalist timex — find and normalize temporal expressions: plain text to JSON Lines, JSON Lines
// to JSON Lines (the streaming form), TimeML to TimeML (the TempEval-3 form).
#include "args.hpp"
#include "commands.hpp"
#include "dates.hpp"
#include "input.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/json.hpp>
#include <annalist/parser/time_expression.hpp>
#include <annalist/parser/timeml.hpp>

#include <date/date.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace annalist::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* usage =
    "usage: annalist timex [--dct DATE] [--date-order auto|mdy|dmy] [--region CODE] FILE|-\n"
    "       annalist timex --jsonl [--dct DATE] [--date-order ...] < IN.jsonl > OUT.jsonl\n"
    "       annalist timex --timeml [--dct DATE] [--date-order ...] IN... [-o OUT]\n"
    "\n"
    "Finds the temporal expressions in English text and normalizes them to TIMEX3 values.\n"
    "\n"
    "FILE|-   a UTF-8 text file (or stdin). Prints JSON Lines, one object per expression:\n"
    "         {\"begin\":B,\"end\":E,\"text\":\"...\",\"type\":\"DATE\",\"value\":\"2014-01-29\",\"mod\":null}\n"
    "         (byte offsets, end exclusive); a range also has \"range\":{\"begin\":..,\"end\":..}.\n"
    "--jsonl  reads lines {\"id\":..,\"text\":\"..\",\"dct\":\"2013-02-12T04:30:00\"} (dct a date or a\n"
    "         date-time, optional; \"date_order\":\"dmy\" and \"region\":\"IN\" optional, as\n"
    "         --date-order and --region) and writes\n"
    "         {\"id\":..,\"timexes\":[..]} per line, in input order.\n"
    "         A bad line is reported on stderr with its number and gets {\"id\":..,\"error\":\"..\"}.\n"
    "--timeml reads TimeML (.tml), WikiWars TIMEX2 (.key.xml) or ACE SGML (.sgm) documents and\n"
    "         writes each with our TIMEX3 tags inside <TEXT> (text unchanged; other tags inside\n"
    "         TEXT and the MAKEINSTANCE/TLINK/SLINK/ALINK elements are dropped). IN is a file or a\n"
    "         directory; OUT (a file or directory; a directory when IN is one) keeps file names.\n"
    "         Without -o a single document goes to stdout. A bad document is reported, the others\n"
    "         are still written.\n"
    "\n"
    "--dct DATE        document creation time, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]. Text: without\n"
    "                  it, a date line in the document's header, else today (stderr says which).\n"
    "                  --jsonl and --timeml: only for lines without \"dct\" and documents without\n"
    "                  a DCT of their own (else today, said on stderr).\n"
    "--date-order ORD  how to read 05/02/2014 when both orders are possible: auto (from the\n"
    "                  evidence in the text and the DCT; default), mdy or dmy.\n"
    "--region CODE     whose holidays a name shared by several countries means when the text\n"
    "                  does not say (\"India's Independence Day\" does): an ISO 3166 code, IN,\n"
    "                  CA, GB, AU, or a part of a country, GB-SCT, AU-WA. Default: the United\n"
    "                  States' (\"Independence Day\" July 4, \"Thanksgiving\" in November).\n"
    "-o, --output OUT  where --timeml writes.\n"
    "\n"
    "Exit status: 0 ok, 1 some input could not be read (the rest is processed), 2 bad usage.\n";

date::local_days today() {
  return date::local_days{date::floor<date::days>(std::chrono::system_clock::now()).time_since_epoch()};
}

std::string iso_date(date::local_days d) { return date::format("%F", d); }

// What every mode shares: the options that shape the ParseContext.
struct TimexOptions {
  std::optional<date::local_seconds> dct;  // --dct
  bool dct_is_moment = false;              // --dct gave a clock time
  DateOrder date_order = DateOrder::automatic;
  std::string region;  // --region
};

TimexOptions read_options(const Args& args) {
  TimexOptions o;
  if (const auto dct = args.get("dct")) {
    o.dct = parse_date_time(*dct);
    if (!o.dct) throw UsageError("--dct " + quote_for_message(*dct) + " " + date_time_error(*dct));
    o.dct_is_moment = has_clock_time(*dct);
  }
  if (const auto order = args.get("date-order")) {
    const auto parsed = date_order_from_string(*order);
    if (!parsed) throw UsageError("--date-order is auto, mdy or dmy, not " + quote_for_message(*order));
    o.date_order = *parsed;
  }
  if (const auto region = args.get("region")) {
    if (!is_region_code(*region))
      throw UsageError("--region is an ISO 3166 code (IN, CA, GB-SCT), not " + quote_for_message(*region));
    o.region = *region;
  }
  return o;
}

// A UTC offset in minutes as ISO 8601 writes it: -360 is "-06:00", 0 "+00:00".
std::string utc_offset_text(int minutes) {
  const int magnitude = minutes < 0 ? -minutes : minutes;
  std::string text(minutes < 0 ? "-" : "+");
  for (const int part : {magnitude / 60, magnitude % 60}) {
    if (text.size() > 1) text += ':';
    text += static_cast<char>('0' + part / 10 % 10);
    text += static_cast<char>('0' + part % 10);
  }
  return text;
}

// `s` as a JSON string, as nlohmann's dump() with invalid UTF-8 replaced writes it: valid UTF-8
// (all but rare text) by append_json_string, without a JSON value made for it.
void append_string(std::string& out, std::string_view s) {
  if (!find_invalid_utf8(s)) {
    append_json_string(out, s);
    return;
  }
  out += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void append_string_or_null(std::string& out, const std::optional<std::string>& s) {
  if (s)
    append_string(out, *s);
  else
    out += "null";
}

// An expression as JSON, one object on one line:
// {"begin":B,"end":E,"text":"..","type":"DATE","value":"..","mod":null}, then "zone", "quant",
// "freq" and "range" when it has them.
void append_timex_json(std::string& out, const TimeExpression& t) {
  out += "{\"begin\":";
  out += std::to_string(t.begin);
  out += ",\"end\":";
  out += std::to_string(t.end);
  out += ",\"text\":";
  append_string(out, t.text);
  out += ",\"type\":";
  append_string(out, to_string(t.type));
  out += ",\"value\":";
  append_string(out, t.value);
  out += ",\"mod\":";
  if (t.mod.empty())
    out += "null";
  else
    append_string(out, t.mod);
  if (t.zone_offset) {  // only when the text names one
    out += ",\"zone\":";
    append_string(out, utc_offset_text(*t.zone_offset));
  }
  // SETs only, and only when the text says them ("every Tuesday", "twice a week").
  if (!t.quant.empty()) {
    out += ",\"quant\":";
    append_string(out, t.quant);
  }
  if (!t.freq.empty()) {
    out += ",\"freq\":";
    append_string(out, t.freq);
  }
  if (t.range_begin || t.range_end) {
    out += ",\"range\":{\"begin\":";
    append_string_or_null(out, t.range_begin);
    out += ",\"end\":";
    append_string_or_null(out, t.range_end);
    out += '}';
  }
  out += '}';
}

// Output through one buffer: a 100 MB input may give millions of lines.
class LineWriter {
 public:
  ~LineWriter() { flush(); }
  void line(const nlohmann::ordered_json& j) {
    value(j);
    text("\n");
  }
  // A line written in parts (JSON values and the text between them), for a line whose JSON value
  // would take more memory than its parts: a dense 50 MB document has 2 million timexes.
  void value(const nlohmann::ordered_json& j) {
    buffer_ += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (buffer_.size() > (1u << 20)) flush();
  }
  void text(std::string_view raw) { buffer_ += raw; }
  void expression(const TimeExpression& t) {
    append_timex_json(buffer_, t);
    if (buffer_.size() > (1u << 20)) flush();
  }
  void flush() {
    if (!buffer_.empty()) std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    buffer_.clear();
    std::fflush(stdout);
  }

 private:
  std::string buffer_;
};

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

int run_text(const Args& args, const TimexOptions& options) {
  if (args.positional().size() != 1) throw UsageError("give one FILE, or - for stdin");
  const auto& path = args.positional().front();
  const std::string text = read_text_file(path);
  if (text.empty()) {  // nothing to tag, so no document date to tell either
    std::cerr << "annalist timex: " << display_name(path) << ": empty input, no expressions\n";
    return exit_ok;
  }
  ParseContext context;
  context.date_order = options.date_order;
  context.region = options.region;
  if (options.dct) {
    context.dct = *options.dct;
    context.dct_is_moment = options.dct_is_moment;
  } else if (const auto found = find_document_date(text)) {
    context.dct = date::local_days{found->time_since_epoch()};
    std::cerr << "annalist timex: " << display_name(path) << ": document date " << date::format("%F", *found)
              << " (from the document's header; --dct overrides)\n";
  } else {
    context.dct = today();
    std::cerr << "annalist timex: " << display_name(path) << ": no date line in the header and no --dct: using today, "
              << iso_date(today()) << ", as the document date\n";
  }
  // Written as found: a 100 MB file of dates has millions of expressions, too many to hold.
  LineWriter out;
  // An impossible date ("February 30, 2015") is warned of, not tagged: the rest of the text is read.
  std::vector<ImpossibleDate> impossible;
  for_each_time_expression(
      text, context,
      [&out](const TimeExpression& t) {
        out.expression(t);
        out.text("\n");
      },
      default_segment_bytes, &impossible);
  out.flush();
  for (const std::string& warning : impossible_date_warnings(display_name(path), text, impossible))
    std::cerr << "annalist timex: " << warning << '\n';
  return exit_ok;
}

// The keys of a --jsonl line that run_jsonl reads (parse_json_fields).
constexpr std::string_view jsonl_keys[] = {"id", "text", "dct", "date_order", "region"};

// How many --jsonl lines, and how many bytes of their texts, are tagged together at most.
constexpr std::size_t jsonl_batch_lines = 1024;
constexpr std::size_t jsonl_batch_bytes = std::size_t{1} << 20;

// A --jsonl line read and not yet answered: its text, or the message that says why it has none.
struct JsonlLine {
  std::size_t line_number = 0;
  nlohmann::ordered_json id;
  std::string text;
  ParseContext context;
  std::string notes;  // what stderr says of it before its answer
  std::string error;  // a bad line's message (nothing to tag)
};

// {"id":..,"timexes":[..]}: the answer's opening; its timexes are written one at a time.
void write_answer_opening(LineWriter& out, const nlohmann::ordered_json& id) {
  out.text("{\"id\":");
  out.value(id);
  out.text(",\"timexes\":[");
}

void warn_impossible(const std::string& text, const std::vector<ImpossibleDate>& impossible, std::size_t line_number) {
  for (const std::string& warning : impossible_date_warnings("<stdin>", text, impossible, line_number))
    std::cerr << "annalist timex: " << warning << '\n';
}

// The line's id, text and context, or in `error` why it has none. `told_default_dct` is set once a
// line without "dct" has said (in its notes) that today is used.
JsonlLine read_jsonl_line(const std::string& line, std::size_t line_number, const TimexOptions& options,
                          bool& told_default_dct) {
  JsonlLine p;
  p.line_number = line_number;
  try {
    nlohmann::json in = parse_json_fields(line, jsonl_keys);
    if (!in.is_object()) throw std::runtime_error("a line must be a JSON object");
    if (in.contains("id")) p.id = in["id"];
    if (!in.contains("text") || !in["text"].is_string()) throw std::runtime_error("\"text\" must be a string");
    ParseContext& context = p.context;
    context.date_order = options.date_order;
    context.region = options.region;
    if (in.contains("dct") && !in["dct"].is_null()) {
      if (!in["dct"].is_string()) throw std::runtime_error("\"dct\" must be a string");
      const auto& given = in["dct"].get_ref<const std::string&>();
      const auto dct = parse_date_time(given);
      if (!dct) throw std::runtime_error("\"dct\": " + quote_for_message(given, '"') + " " + date_time_error(given));
      context.dct = *dct;
      context.dct_is_moment = has_clock_time(given);
    } else {
      context.dct = options.dct ? *options.dct : date::local_seconds{today()};
      context.dct_is_moment = options.dct && options.dct_is_moment;
      if (!told_default_dct && !options.dct)
        p.notes = "annalist timex: line " + std::to_string(line_number) + " and others without \"dct\": using today, " +
                  iso_date(today()) + "\n";
      told_default_dct = true;
    }
    if (in.contains("date_order")) {
      const auto order = in["date_order"].is_string()
                             ? date_order_from_string(in["date_order"].get_ref<const std::string&>())
                             : std::nullopt;
      if (!order) throw std::runtime_error("\"date_order\" must be \"auto\", \"mdy\" or \"dmy\"");
      context.date_order = *order;
    }
    if (in.contains("region") && !in["region"].is_null()) {
      if (!in["region"].is_string() || !is_region_code(in["region"].get_ref<const std::string&>()))
        throw std::runtime_error("\"region\" must be an ISO 3166 code (\"IN\", \"GB-SCT\")");
      context.region = in["region"].get_ref<const std::string&>();
    }
    p.text = std::move(in["text"].get_ref<std::string&>());
  } catch (const std::exception& e) {
    p.error = "<stdin>:" + std::to_string(line_number) + ": " + e.what();
  }
  return p;
}

// Lines held to be tagged together (find_time_expressions of a span, pass by pass) and answered in
// input order, up to jsonl_batch_lines lines or jsonl_batch_bytes bytes of text.
class JsonlBatch {
 public:
  void add(JsonlLine line) {
    bytes_ += line.text.size();
    lines_.push_back(std::move(line));
  }
  bool full() const { return lines_.size() >= jsonl_batch_lines || bytes_ >= jsonl_batch_bytes; }

  // Tags the held lines and writes their answers (a bad line's error) in order; then holds none.
  void answer(LineWriter& out) {
    std::vector<TextToTag> texts;
    texts.reserve(lines_.size());
    for (const JsonlLine& p : lines_)
      if (p.error.empty()) texts.push_back({p.text, p.context});
    std::vector<std::vector<ImpossibleDate>> impossible;
    const std::vector<std::vector<TimeExpression>> found = find_time_expressions(texts, &impossible);
    std::size_t k = 0;
    for (const JsonlLine& p : lines_) {
      std::cerr << p.notes;
      if (!p.error.empty()) {
        std::cerr << "annalist timex: " << p.error << '\n';
        nlohmann::ordered_json result;
        result["id"] = p.id;
        result["error"] = p.error;
        out.line(result);
        continue;
      }
      write_answer_opening(out, p.id);
      for (std::size_t i = 0; i < found[k].size(); ++i) {
        if (i > 0) out.text(",");
        out.expression(found[k][i]);
      }
      out.text("]}\n");
      warn_impossible(p.text, impossible[k], p.line_number);
      ++k;
    }
    lines_.clear();
    bytes_ = 0;
  }

 private:
  std::vector<JsonlLine> lines_;
  std::size_t bytes_ = 0;
};

// A text longer than a segment, tagged a segment at a time and written as found
// (for_each_time_expression): a 50 MB line of dates has 2 million expressions, too many to hold.
void answer_long_line(const JsonlLine& line, LineWriter& out) {
  std::cerr << line.notes;
  write_answer_opening(out, line.id);
  bool first = true;
  std::vector<ImpossibleDate> impossible;
  for_each_time_expression(
      line.text, line.context,
      [&](const TimeExpression& t) {
        if (!first) out.text(",");
        first = false;
        out.expression(t);
      },
      default_segment_bytes, &impossible);
  out.text("]}\n");
  warn_impossible(line.text, impossible, line.line_number);
}

int run_jsonl(const Args& args, const TimexOptions& options) {
  if (!args.positional().empty() && !(args.positional().size() == 1 && args.positional().front() == "-"))
    throw UsageError("--jsonl reads stdin only");
  LineWriter out;
  std::string line;
  bool any_error = false;
  bool told_default_dct = false;
  // The batch is answered when full, before the reader waits for input (so a coprocess gets its
  // answer), before a long text, at the end and before a read error.
  JsonlBatch batch;
  LineReader lines(STDIN_FILENO, "<stdin>");
  for (;;) {
    try {
      if (!lines.next(line, [&] {
            batch.answer(out);
            out.flush();
          }))
        break;
    } catch (...) {
      batch.answer(out);
      throw;
    }
    if (std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; })) continue;
    JsonlLine read = read_jsonl_line(line, lines.line_number(), options, told_default_dct);
    any_error = any_error || !read.error.empty();
    if (read.error.empty() && read.text.size() > default_segment_bytes) {
      batch.answer(out);
      answer_long_line(read, out);
      continue;
    }
    batch.add(std::move(read));
    if (batch.full()) batch.answer(out);
  }
  batch.answer(out);
  return any_error ? exit_input_error : exit_ok;
}

int run_timeml(const Args& args, const TimexOptions& options) {
  const auto& inputs = args.positional();
  if (inputs.empty()) throw UsageError("--timeml needs a file or directory to read");
  std::optional<fs::path> output;
  if (const auto o = args.get("o", "output")) output = *o;

  // (input file, output file or nullopt for stdout)
  std::vector<std::pair<fs::path, std::optional<fs::path>>> jobs;
  std::error_code ec;
  const bool single_file = inputs.size() == 1 && !fs::is_directory(inputs.front(), ec);
  // -o is checked before any work, as in the other commands: a file to write for one document,
  // else a directory (made when missing).
  if (output && single_file && !fs::is_directory(*output, ec)) {
    const std::vector<fs::path> paths(inputs.begin(), inputs.end());
    check_output_option("-o", output->string(), paths);
  } else if (output && !single_file && fs::exists(*output, ec) && !fs::is_directory(*output, ec)) {
    throw UsageError("-o: " + output->string() + ": is not a directory; several documents are written into one");
  }
  for (const auto& input : inputs) {
    if (input == "-") throw UsageError("--timeml reads files or directories, not stdin");
    if (fs::is_directory(input, ec)) {
      if (!output) throw UsageError("a directory in needs -o OUT_DIR");
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(input))
        if (entry.is_regular_file() && is_timeml_file_name(entry.path())) files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      if (files.empty()) std::cerr << "annalist timex: " << input << ": no .tml, .xml or .sgm files\n";
      for (auto& f : files) jobs.emplace_back(f, *output / f.filename());
    } else if (!output) {
      if (!single_file) throw UsageError("several inputs need -o OUT_DIR");
      jobs.emplace_back(input, std::nullopt);
    } else if (single_file && !fs::is_directory(*output)) {
      jobs.emplace_back(input, *output);
    } else {
      jobs.emplace_back(input, *output / fs::path(input).filename());
    }
  }
  if (output && !single_file) {
    fs::create_directories(*output, ec);
    if (ec) throw UsageError("-o: " + output->string() + ": cannot make this directory: " + ec.message());
  }

  // The documents are read a run at a time, tagged together (find_time_expressions of a span, pass
  // by pass), then written in order, each with what stderr says of it.
  struct ReadDocument {
    std::optional<TimemlDocument> doc;
    ParseContext context;
    std::string notes;  // what stderr says of it before it is written
    std::string error;  // why it is not written
  };
  constexpr std::size_t batch_documents = 256, batch_bytes = std::size_t{1} << 20;
  int status = exit_ok;
  for (std::size_t first = 0; first < jobs.size();) {
    std::vector<ReadDocument> run;
    std::size_t bytes = 0;
    for (; first < jobs.size() && run.size() < batch_documents && bytes < batch_bytes; ++first) {
      const auto& [in, out] = jobs[first];
      ReadDocument& read = run.emplace_back();
      try {
        if (out) check_output_path(*out, std::span{&in, 1});
        const auto& doc = read.doc.emplace(read_timeml_file(in));
        ParseContext& context = read.context;
        context.date_order = options.date_order;
        context.region = options.region;
        // A creation time the document gives but that names no day ("2014-02-30") is said with its
        // line, whatever stands in for it.
        const std::string& dct_problem = doc.creation_date_problem();
        const std::string no_dct =
            in.string() + (dct_problem.empty() ? ": no document creation time" : ":" + dct_problem);
        if (const auto dct = doc.creation_date()) {
          context.dct = *dct;
        } else if (options.dct) {
          context.dct = *options.dct;
          context.dct_is_moment = options.dct_is_moment;
          if (!dct_problem.empty())
            read.notes = "annalist timex: " + no_dct + "; using --dct, " + date::format("%F", *options.dct) + "\n";
        } else {
          context.dct = today();
          read.notes = "annalist timex: " + no_dct + " and no --dct: using today, " + iso_date(today()) + "\n";
        }
        bytes += doc.text().size();
      } catch (const std::exception& e) {
        read.doc.reset();
        read.error = e.what();
      }
    }
    std::vector<TextToTag> texts;
    for (const ReadDocument& read : run)
      if (read.doc) texts.push_back({read.doc->text(), read.context});
    const std::vector<std::vector<TimeExpression>> found = find_time_expressions(texts);
    std::size_t k = 0;
    for (std::size_t i = 0; i < run.size(); ++i) {
      const ReadDocument& read = run[i];
      const std::optional<fs::path>& out = jobs[first - run.size() + i].second;
      std::cerr << read.notes;
      try {
        if (!read.doc) throw std::runtime_error(read.error);
        const auto tagged = read.doc->with_timexes(found[k++]);
        if (out) {
          write_file_atomically(*out, tagged);
        } else {
          std::fwrite(tagged.data(), 1, tagged.size(), stdout);
          std::fflush(stdout);
        }
      } catch (const std::exception& e) {
        std::cerr << "annalist timex: " << e.what() << '\n';
        status = exit_input_error;
      }
    }
  }
  return status;
}

}  // namespace

int run_timex(int argc, char** argv) {
  const Args args(argc, argv, {"help", "h", "jsonl", "timeml"}, {"dct", "date-order", "region", "o", "output"});
  if (args.has("help") || args.has("h")) {
    std::cout << usage;
    return exit_ok;
  }
  if (args.has("jsonl") && args.has("timeml")) throw UsageError("--jsonl and --timeml exclude each other");
  if ((args.has("o") || args.has("output")) && !args.has("timeml")) throw UsageError("-o goes with --timeml");
  const auto options = read_options(args);
  if (args.has("jsonl")) return run_jsonl(args, options);
  if (args.has("timeml")) return run_timeml(args, options);
  return run_text(args, options);
}

}  // namespace annalist::cli
