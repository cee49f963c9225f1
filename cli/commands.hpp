// cli/commands.hpp — the sub-commands of `annalist`. Each takes the arguments after its name
// and returns the process exit code (see args.hpp).
#pragma once

namespace annalist::cli {

int run_timex(int argc, char** argv);    // cmd_timex.cpp   temporal expressions, JSONL / TimeML
int run_eval(int argc, char** argv);     // cmd_eval.cpp    TempEval-3 scoring of TimeML dirs
int run_extract(int argc, char** argv);  // cmd_extract.cpp documents -> timeline JSON
int run_query(int argc, char** argv);    // cmd_query.cpp   range and facet queries
int run_compare(int argc, char** argv);  // cmd_compare.cpp period / document comparison
int run_export(int argc, char** argv);   // cmd_export.cpp  JSON, TimelineJS, CSV

}  // namespace annalist::cli
