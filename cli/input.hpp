// cli/input.hpp — reading JSON Lines (`annalist timex --jsonl`, `annalist extract` of *.jsonl)
// a line at a time, each judged on its own so that one bad line costs only itself.
#pragma once

#include <annalist/engine/file_io.hpp>  // max_input_bytes

#include <nlohmann/json.hpp>

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace annalist::cli {

// The next line of `in` (without its "\n") into `line`; false at the end of input with nothing
// read. Throws InputError naming `source` ("<stdin>") and line `line_number` when the line holds
// a NUL byte (the input is binary: no line after it is worth reading) or is longer than
// `max_bytes`: an endless line (/dev/zero, a stream without newlines) is refused, not buffered
// until memory runs out.
bool read_line(std::istream& in, std::string& line, const std::string& source, std::size_t line_number,
               std::size_t max_bytes = max_input_bytes);

// The JSON value on `line` (a CR before the line end and a UTF-8 byte-order mark are whitespace).
// Throws std::runtime_error "invalid JSON at column C: what is wrong" when it holds none: invalid
// UTF-8 inside a string, a lone surrogate escape ("\ud800") and a number beyond a double
// ("1e400") are errors too. The message does not echo the line: on a 50 MB line the parser's
// "last read" would be the 50 MB.
nlohmann::json parse_json_line(std::string_view line);

}  // namespace annalist::cli
