// cli/input.hpp — reading what a command line names: a text file or standard input, and lines of
// JSON Lines (`annalist timex --jsonl`, `annalist extract` of *.jsonl), each judged on its own so
// that one bad line costs only itself.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace annalist::cli {

// A text document from the file `path`, or from standard input when `path` is "-", with the
// checks of read_text_file (UTF-8, no NUL, a byte-order mark dropped); InputError names the
// file, or "<stdin>", with the line and column of a bad byte.
std::string read_text_input(const std::string& path);

// The JSON value on `line` (a CR before the line end and a UTF-8 byte-order mark are whitespace).
// Throws std::runtime_error "invalid JSON at column C: what is wrong" when it holds none: invalid
// UTF-8 inside a string, a lone surrogate escape ("\ud800") and a number beyond a double
// ("1e400") are errors too. The message does not echo the line: on a 50 MB line the parser's
// "last read" would be the 50 MB.
nlohmann::json parse_json_line(std::string_view line);

}  // namespace annalist::cli
