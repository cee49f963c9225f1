// cli/input.hpp — reading JSON Lines (`annalist timex --jsonl`, `annalist extract` of *.jsonl)
// a line at a time, each judged on its own so that one bad line costs only itself.
#pragma once

#include <annalist/engine/file_io.hpp>  // max_input_bytes

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace annalist::cli {

// The lines of a file descriptor (standard input: `annalist timex --jsonl`), read in blocks of
// 64 KiB rather than a byte at a time. Each block is what one read(2) returns, so a line is
// answered as soon as it has arrived: a caller that writes an answer per line can run as a
// coprocess (write a line, read its answer) as well as over a 100 GB pipe.
class LineReader {
 public:
  // `source` names the input in errors ("<stdin>"); a line longer than `max_bytes` is refused.
  explicit LineReader(int fd, std::string source, std::size_t max_bytes = max_input_bytes);

  // The next line (without its "\n") into `line`; false at the end of input with nothing read.
  // Calls `before_wait` (if set) each time no complete line is buffered and the reader is about
  // to wait for input: the moment to flush answers already written. Throws InputError naming the
  // source and line when the line holds a NUL byte (the input is binary: no line after it is
  // worth reading), is longer than the limit (an endless line, /dev/zero, is refused rather than
  // buffered until memory runs out), or the read fails ("read error after line N: Is a
  // directory").
  bool next(std::string& line, const std::function<void()>& before_wait = {});

  // The number of the line `next` returned last (1-based; 0 before the first).
  std::size_t line_number() const { return line_number_; }

 private:
  bool refill(const std::function<void()>& before_wait);

  int fd_;
  std::string source_;
  std::size_t max_bytes_;
  std::string buffer_;     // bytes read and not yet returned start at begin_
  std::size_t begin_ = 0;  // first unreturned byte of buffer_
  std::size_t line_number_ = 0;
  bool at_end_ = false;
};

// The JSON value on `line` (a CR before the line end and a UTF-8 byte-order mark are whitespace).
// Throws std::runtime_error "invalid JSON at column C: what is wrong" when it holds none: invalid
// UTF-8 inside a string, a lone surrogate escape ("\ud800") and a number beyond a double
// ("1e400") are errors too. The message does not echo the line: on a 50 MB line the parser's
// "last read" would be the 50 MB.
nlohmann::json parse_json_line(std::string_view line);

// parse_json_line's object reduced to `keys` (the line's other keys dropped), found faster: a
// --jsonl line is mostly its text, which simdjson reads many bytes at a time. A line simdjson
// does not take (not an object, or not JSON: the errors are parse_json_line's), or with a kept key
// whose value is other than a string, null or an integer (values nlohmann writes back exactly as
// it would have read them), is read by parse_json_line. A key said twice keeps its last value, as
// there.
nlohmann::json parse_json_fields(std::string_view line, std::span<const std::string_view> keys);

}  // namespace annalist::cli
