// annalist/engine/file_io.hpp — reading input and writing output without losing anything.
//
// Every front end (CLI, viewer) reads and writes through these so that errors look alike
// ("FILE:LINE: what is wrong") and no output file is ever left half-written.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace annalist {

// An error in some input, with where it is. what() is "path:line:column: message" with the parts
// that are known (line 0 = unknown, column 0 = unknown).
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, std::size_t line, std::size_t column, std::string message);
  const std::string& path() const { return path_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }
  const std::string& message() const { return message_; }

 private:
  std::string path_;
  std::size_t line_;
  std::size_t column_;
  std::string message_;
};

// `value` between `quote` marks for an error message, cut to its first 60 characters and "…"
// when longer (never inside a UTF-8 sequence): a value pasted by mistake, a whole article given
// as --dct or a 50 MB JSON string, must not flood the terminal.
std::string quote_for_message(std::string_view value, char quote = '\'');

// The most bytes one input may hold when it is read into memory: 1 GiB, ten times the largest
// single-line document the tools promise to take (100 MB). A device (/dev/zero) or an endless
// pipe would otherwise be read until memory runs out.
inline constexpr std::size_t max_input_bytes = std::size_t{1} << 30;

// How much of an input read_file takes, and when it gives up early.
struct ReadLimits {
  // An input over this many bytes is an InputError ("over the limit of ..."). A regular file is
  // refused by its size, before reading; a stream (pipe, device, stdin) once it has sent more.
  std::size_t max_bytes = max_input_bytes;
  // The read ends with the chunk holding the first NUL byte: the input is binary, which the
  // caller reports (require_text), and reading on (from /dev/zero, forever) tells no more.
  bool stop_at_nul = false;
};

// The whole file as bytes; "-" is standard input (named "<stdin>" in errors). Throws InputError
// when it cannot be opened or read, is a directory, or is over `limits.max_bytes`.
// `spare_capacity` bytes of capacity are left after the content, for parsers that read ahead
// (simdjson) and would otherwise need a padded copy.
std::string read_file(const std::filesystem::path& path, std::size_t spare_capacity = 0, ReadLimits limits = {});

// Byte offset of the first byte that is not valid UTF-8 (overlongs, surrogates and code points
// above U+10FFFF are invalid), or nullopt when all of `text` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// 1-based line and column (in bytes) of byte `offset` in `text`.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};
TextPosition position_of(std::string_view text, std::size_t offset);

// Throws InputError naming `path` and the line and column of the first byte of text[begin, end)
// that is no text: a NUL ("this looks like a binary file, not text") or invalid UTF-8 (with the
// byte). Lines are counted over all of `text`. What read_text_file checks, for readers that hold
// the bytes another way (the JSON reader checks only when its parser failed).
void require_text(std::string_view text, const std::string& path, std::size_t begin = 0,
                  std::size_t end = std::string_view::npos);

// Reads a text document: the file must be valid UTF-8 without NUL bytes (a NUL means binary;
// a stream is read no further than it). A UTF-8 byte-order mark is dropped. "-" is standard
// input. Throws InputError naming the line and column of the first bad byte, or what read_file
// throws.
std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes = max_input_bytes);

// Throws InputError naming `path` when no output file can be written there: it has no file name,
// is a directory, lies in a directory that does not exist or takes no new files (permissions, a
// read-only or pseudo file system: found by creating and removing a temporary file there), or is
// the same file as one of `inputs` (writing would destroy what is being read; "-", stdin, is no
// file). Front ends call it before the work, so that a mistyped -o fails at once rather than
// after a long extraction.
void check_output_path(const std::filesystem::path& path, std::span<const std::filesystem::path> inputs = {});

// Writes `content` to a temporary file beside `path`, flushes it, then renames it over `path`:
// readers see either the old file or the whole new one. Throws InputError on failure (first the
// ones check_output_path names) and leaves no temporary file behind. A symbolic link is followed
// (its target is replaced, the link kept); an existing FIFO or device (/dev/null, /dev/stdout on
// a pipe) is written in place, as a shell redirection would, never replaced by a file.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Where a writer hands its output, a piece at a time, in order.
using ContentSink = std::function<void(std::string_view piece)>;

// As above, for content too large to hold at once: `produce` hands it to the sink it is given a
// piece at a time. If `produce` throws, the temporary file is removed and `path` left untouched
// (a stream target keeps what was written).
void write_file_atomically(const std::filesystem::path& path, const std::function<void(const ContentSink&)>& produce);

}  // namespace annalist
