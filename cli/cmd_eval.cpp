// annalist eval — TempEval-3 Task A scores of system TimeML against gold TimeML, per corpus.
#include "args.hpp"
#include "commands.hpp"

#include <annalist/engine/file_io.hpp>
#include <annalist/parser/tempeval.hpp>
#include <annalist/parser/timeml.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace annalist::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* usage =
    "usage: annalist eval --gold GOLD --system SYSTEM [--gold GOLD2 --system SYSTEM2 ...]\n"
    "       annalist eval --corpus NAME=GOLD:SYSTEM [--corpus ...]\n"
    "\n"
    "Scores temporal expressions the way TempEval-3 (Task A) does: strict (same span) and relaxed\n"
    "(overlapping span) precision, recall and F1, micro-averaged over documents, and type and value\n"
    "accuracy over relaxed matches with type F1 and value F1 (= accuracy x relaxed F1). Spans are\n"
    "compared on the decoded TEXT with whitespace ignored.\n"
    "\n"
    "GOLD and SYSTEM are directories of documents (.tml, .key.xml, .xml, .sgm), or two files. Documents\n"
    "pair up by name without those extensions (gold 01_WW2.key.xml with system 01_WW2.sgm). Gold\n"
    "may be TIMEX3 TimeML or WikiWars TIMEX2 (outermost tags score; set=YES reads as SET, P.. as\n"
    "DURATION). A gold document without a system one counts its timexes as missed.\n"
    "Each --gold/--system pair (in order) or --corpus is one corpus, with its own table; the\n"
    "corpus is named after the gold directory, or NAME.\n"
    "\n"
    "--differences FILE  write every disagreement (missed, spurious, span/type/value) as TSV\n"
    "--json              print the scores as JSON instead of tables\n"
    "\n"
    "Exit status: 0 ok, 1 some document could not be read or compared (the rest are scored), 2 bad usage.\n";

struct Corpus {
  std::string name;
  fs::path gold;
  fs::path system;
};

std::vector<Corpus> corpora_of(const Args& args) {
  std::vector<Corpus> corpora;
  const auto golds = args.get_all("gold");
  const auto systems = args.get_all("system");
  if (golds.size() != systems.size()) throw UsageError("give one --system for every --gold, in the same order");
  for (std::size_t i = 0; i < golds.size(); ++i) {
    fs::path gold = golds[i];
    auto name = gold.lexically_normal().filename().string();
    if (name.empty()) name = gold.lexically_normal().parent_path().filename().string();
    corpora.push_back(Corpus{name, gold, systems[i]});
  }
  for (const auto& spec : args.get_all("corpus")) {
    const auto eq = spec.find('=');
    const auto colon = eq == std::string::npos ? std::string::npos : spec.find(':', eq + 1);
    if (eq == 0 || colon == std::string::npos || colon == eq + 1 || colon + 1 == spec.size())
      throw UsageError("--corpus wants NAME=GOLD:SYSTEM, not " + quote_for_message(spec));
    corpora.push_back(Corpus{spec.substr(0, eq), spec.substr(eq + 1, colon - eq - 1), spec.substr(colon + 1)});
  }
  if (corpora.empty()) throw UsageError("nothing to score: give --gold and --system, or --corpus");
  return corpora;
}

// Document key -> file, for a directory (its TimeML files) or a single file.
std::map<std::string, fs::path> documents_in(const fs::path& where) {
  std::map<std::string, fs::path> docs;
  if (fs::is_directory(where)) {
    for (const auto& entry : fs::directory_iterator(where))
      if (entry.is_regular_file() && is_timeml_file_name(entry.path()))
        docs.emplace(document_key(entry.path()), entry.path());
  } else if (fs::exists(where)) {
    docs.emplace(document_key(where), where);
  } else {
    throw InputError(where.string(), 0, 0, "no such file or directory");
  }
  return docs;
}

std::string tsv_field(std::string s) {
  for (auto& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string problem_of(const TimexDifference& d) {
  if (!d.system) return "missed";
  if (!d.gold) return "spurious";
  std::string p;
  for (const auto& [differs, name] :
       {std::pair{d.span_differs, "span"}, {d.type_differs, "type"}, {d.value_differs, "value"}}) {
    if (!differs) continue;
    if (!p.empty()) p += '+';
    p += name;
  }
  return p;
}

void print_table(std::ostream& out, const std::string& name, const TempevalCounts& c) {
  const auto strict = strict_scores(c);
  const auto relaxed = relaxed_scores(c);
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "%s: %zu documents, %zu gold timexes, %zu system timexes\n"
                "              precision  recall      F1\n"
                "  strict          %.4f  %.4f  %.4f   (%zu same-span pairs)\n"
                "  relaxed         %.4f  %.4f  %.4f   (%zu overlapping pairs)\n"
                "  type      accuracy %.4f          F1 %.4f\n"
                "  value     accuracy %.4f          F1 %.4f   (%zu of %zu pairs scored)\n",
                name.c_str(), c.documents, c.gold, c.system, strict.precision, strict.recall, strict.f1, c.strict,
                relaxed.precision, relaxed.recall, relaxed.f1, c.relaxed, type_accuracy(c), type_f1(c),
                value_accuracy(c), value_f1(c), c.value_scored, c.relaxed);
  out << buf;
}

void print_summary(std::ostream& out, const std::vector<std::pair<std::string, TempevalCounts>>& results) {
  std::size_t width = 6;
  for (const auto& [name, c] : results) width = std::max(width, name.size());
  char buf[512];
  std::snprintf(buf, sizeof buf, "%-*s  %4s %5s %5s   %-20s   %-20s  %6s  %6s\n", static_cast<int>(width), "corpus",
                "docs", "gold", "sys", "strict P / R / F1", "relaxed P / R / F1", "type", "value");
  out << buf;
  for (const auto& [name, c] : results) {
    const auto s = strict_scores(c);
    const auto r = relaxed_scores(c);
    std::snprintf(buf, sizeof buf, "%-*s  %4zu %5zu %5zu   %.3f / %.3f / %.3f   %.3f / %.3f / %.3f  %.3f  %.3f\n",
                  static_cast<int>(width), name.c_str(), c.documents, c.gold, c.system, s.precision, s.recall, s.f1,
                  r.precision, r.recall, r.f1, type_f1(c), value_f1(c));
    out << buf;
  }
}

nlohmann::ordered_json json_of(const std::string& name, const TempevalCounts& c) {
  const auto s = strict_scores(c);
  const auto r = relaxed_scores(c);
  nlohmann::ordered_json j;
  j["corpus"] = name;
  j["documents"] = c.documents;
  j["gold"] = c.gold;
  j["system"] = c.system;
  j["strict"] = {{"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}, {"matches", c.strict}};
  j["relaxed"] = {{"precision", r.precision}, {"recall", r.recall}, {"f1", r.f1}, {"matches", c.relaxed}};
  j["type"] = {{"accuracy", type_accuracy(c)}, {"f1", type_f1(c)}};
  j["value"] = {{"accuracy", value_accuracy(c)}, {"f1", value_f1(c)}, {"scored", c.value_scored}};
  return j;
}

}  // namespace

int run_eval(int argc, char** argv) {
  const Args args(argc, argv, {"help", "h", "json"}, {"gold", "system", "corpus", "differences"});
  if (args.has("help") || args.has("h")) {
    std::cout << usage;
    return exit_ok;
  }
  if (!args.positional().empty())
    throw UsageError("unexpected argument " + quote_for_message(args.positional().front()));
  const auto corpora = corpora_of(args);
  const auto differences_path = args.get("differences");
  if (differences_path) {  // before the scoring, as every command checks its output
    if (*differences_path == "-") throw UsageError("--differences writes a file; standard output has the scores");
    // The documents are inputs too: --differences gold/a.tml must not overwrite a gold document.
    std::vector<fs::path> inputs;
    for (const auto& corpus : corpora)
      for (const fs::path& where : {corpus.gold, corpus.system}) {
        inputs.push_back(where);
        try {
          for (const auto& [key, file] : documents_in(where)) inputs.push_back(file);
        } catch (const std::exception&) {  // reported with the scores
        }
      }
    check_output_option("--differences", *differences_path, inputs);
  }

  int status = exit_ok;
  std::string differences_tsv =
      "corpus\tdocument\tline\tproblem\tgold_text\tgold_type\tgold_value\tsystem_text\tsystem_type\tsystem_value\n";
  std::vector<std::pair<std::string, TempevalCounts>> results;
  for (const auto& corpus : corpora) {
    TempevalCounts total;
    std::map<std::string, fs::path> gold, system;
    try {
      gold = documents_in(corpus.gold);
      system = documents_in(corpus.system);
      // Two single files are one document pair, whatever their names.
      if (!fs::is_directory(corpus.gold) && !fs::is_directory(corpus.system))
        system = {{gold.begin()->first, system.begin()->second}};
    } catch (const std::exception& e) {
      std::cerr << "annalist eval: " << e.what() << '\n';
      status = exit_input_error;
      continue;
    }
    if (gold.empty()) std::cerr << "annalist eval: " << corpus.gold.string() << ": no gold documents\n";
    for (const auto& [key, gold_path] : gold) {
      try {
        const auto gold_doc = read_timeml_file(gold_path);
        const auto found = system.find(key);
        if (found == system.end()) {
          std::cerr << "annalist eval: " << corpus.name << ": no system document for " << gold_path.string()
                    << ": its timexes count as missed\n";
          TempevalCounts missed;
          missed.documents = 1;
          missed.gold = gold_doc.timexes().size();
          total += missed;
          continue;
        }
        const auto system_doc = read_timeml_file(found->second);
        std::vector<TimexDifference> differences;
        total += score_document(gold_doc, system_doc, differences_path ? &differences : nullptr);
        for (const auto& d : differences) {
          const TimexMention none;
          const auto& g = d.gold ? *d.gold : none;
          const auto& s = d.system ? *d.system : none;
          differences_tsv += tsv_field(corpus.name) + '\t' + tsv_field(key) + '\t' + std::to_string(d.line) + '\t' +
                             problem_of(d) + '\t' + tsv_field(g.text) + '\t' + g.type + '\t' + tsv_field(g.value) +
                             '\t' + tsv_field(s.text) + '\t' + s.type + '\t' + tsv_field(s.value) + '\n';
        }
      } catch (const std::exception& e) {
        std::cerr << "annalist eval: " << e.what() << '\n';
        status = exit_input_error;
      }
    }
    for (const auto& [key, system_path] : system)
      if (!gold.count(key))
        std::cerr << "annalist eval: " << corpus.name << ": no gold document for " << system_path.string()
                  << " (not scored)\n";
    results.emplace_back(corpus.name, total);
  }

  if (args.has("json")) {
    auto out = nlohmann::ordered_json::array();
    for (const auto& [name, c] : results) out.push_back(json_of(name, c));
    std::cout << out.dump(2) << '\n';
  } else {
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (i) std::cout << '\n';
      print_table(std::cout, results[i].first, results[i].second);
    }
    if (results.size() > 1) {
      std::cout << '\n';
      print_summary(std::cout, results);
    }
  }
  if (differences_path) write_file_atomically(*differences_path, differences_tsv);
  return status;
}

}  // namespace annalist::cli
