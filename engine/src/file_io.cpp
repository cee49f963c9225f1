#include <annalist/engine/file_io.hpp>
#include <annalist/engine/text.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annalist {

namespace {

std::string format_location(const std::string& path, std::size_t line, std::size_t column, const std::string& message) {
  // Built with append(): GCC 12 warns falsely (-Wrestrict) on char + std::string.
  std::string out = path;
  if (line != 0) {
    out.append(":").append(std::to_string(line));
    if (column != 0) out.append(":").append(std::to_string(column));
  }
  if (!out.empty()) out.append(": ");
  return out.append(message);
}

}  // namespace

InputError::InputError(std::string path, std::size_t line, std::size_t column, std::string message)
    : std::runtime_error(format_location(path, line, column, message)),
      path_(std::move(path)),
      line_(line),
      column_(column),
      message_(std::move(message)) {}

std::string quote_for_message(std::string_view value, char quote) {
  constexpr std::size_t shown_characters = 60;
  std::string out(1, quote);
  return out.append(elide(value, shown_characters)).append(1, quote);
}

namespace {

// "1 GiB", "64 KiB", "1000 bytes": a limit as people write it.
std::string describe_bytes(std::size_t bytes) {
  constexpr std::pair<std::size_t, const char*> units[] = {
      {std::size_t{1} << 30, "GiB"}, {std::size_t{1} << 20, "MiB"}, {std::size_t{1} << 10, "KiB"}};
  for (const auto& [size, name] : units)
    if (bytes >= size && bytes % size == 0) return std::to_string(bytes / size) + " " + name;
  return std::to_string(bytes) + " bytes";
}

// Closes a descriptor this reader opened (standard input is left open).
struct DescriptorCloser {
  int fd;
  ~DescriptorCloser() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::string read_file(const std::filesystem::path& path, std::size_t spare_capacity, ReadLimits limits) {
  const bool from_stdin = path == "-";
  const std::string name = from_stdin ? "<stdin>" : path.string();
  const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(name, 0, 0, std::string("cannot open: ") + std::strerror(errno));
  const DescriptorCloser closer{from_stdin ? -1 : fd};
  struct stat status {};
  if (::fstat(fd, &status) != 0) throw InputError(name, 0, 0, std::string("cannot read: ") + std::strerror(errno));
  if (S_ISDIR(status.st_mode)) throw InputError(name, 0, 0, "is a directory, not a file");
  const std::string over_limit = "over the limit of " + describe_bytes(limits.max_bytes) + " for one input";
  std::string data;
  const auto has_nul = [&](std::size_t from) {
    return limits.stop_at_nul && data.find('\0', from) != std::string::npos;
  };
  const auto read_some = [&](char* into, std::size_t size) {
    for (;;) {
      const ssize_t got = ::read(fd, into, size);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno != EINTR) throw InputError(name, 0, 0, std::string("read error: ") + std::strerror(errno));
    }
  };
  // A regular file's size is known: it is refused before reading, or read in place in one go.
  if (S_ISREG(status.st_mode) && status.st_size > 0) {
    const auto size = static_cast<std::size_t>(status.st_size);
    if (size > limits.max_bytes) throw InputError(name, 0, 0, "is " + std::to_string(size) + " bytes, " + over_limit);
    data.reserve(size + spare_capacity);
    data.resize(size);
    std::size_t done = 0;
    while (done < size) {
      const std::size_t got = read_some(data.data() + done, size - done);
      if (got == 0) break;  // the file shrank meanwhile
      done += got;
    }
    data.resize(done);
    if (has_nul(0)) return data;
  }
  // Pipes, devices and /proc files report no size (and a regular file may have grown): they are
  // read a chunk at a time, each chunk checked against the limit (and for a NUL) as it arrives,
  // so that /dev/zero is refused at once. The capacity doubles but never past the limit.
  std::string chunk(std::size_t{1} << 16, '\0');
  for (;;) {
    const std::size_t got = read_some(chunk.data(), chunk.size());
    if (got == 0) break;
    const std::size_t before = data.size();
    if (got > limits.max_bytes - before) throw InputError(name, 0, 0, over_limit);
    if (before + got > data.capacity())
      data.reserve(std::min(std::max(2 * data.capacity(), before + got + spare_capacity), limits.max_bytes));
    data.append(chunk.data(), got);
    if (has_nul(before)) break;
  }
  if (data.capacity() < data.size() + spare_capacity) data.reserve(data.size() + spare_capacity);
  return data;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time (speed: every document and JSONL line read is checked, and news
    // text is nearly all ASCII; a byte at a time was some eight instructions a byte).
    constexpr std::uint64_t high_bits = 0x8080808080808080u;
    for (std::uint64_t eight = 0; i + sizeof eight <= n; i += sizeof eight) {
      std::memcpy(&eight, s + i, sizeof eight);
      if ((eight & high_bits) != 0) break;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  TextPosition pos;
  const std::size_t stop = std::min(offset, text.size());
  for (std::size_t i = 0; i < stop; ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

void require_text(std::string_view text, const std::string& path, std::size_t begin, std::size_t end) {
  begin = std::min(begin, text.size());
  const std::string_view piece = text.substr(begin, end == std::string_view::npos ? end : end - begin);
  if (const auto nul = piece.find('\0'); nul != std::string_view::npos) {
    const auto pos = position_of(text, begin + nul);
    throw InputError(path, pos.line, pos.column, "NUL byte: this looks like a binary file, not text");
  }
  if (const auto bad = find_invalid_utf8(piece)) {
    const std::size_t offset = begin + *bad;
    const auto pos = position_of(text, offset);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[offset]));
    throw InputError(path, pos.line, pos.column,
                     std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(offset) + ")");
  }
}

std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes) {
  std::string data = read_file(path, 0, {.max_bytes = max_bytes, .stop_at_nul = true});
  if (data.size() >= 3 && data.compare(0, 3, "\xEF\xBB\xBF") == 0) data.erase(0, 3);
  require_text(data, path == "-" ? "<stdin>" : path.string());
  return data;
}

namespace {

// What check_output_path checks without touching the disk; write_file_atomically's own temporary
// file tells whether the directory takes new files.
void check_output_location(const std::filesystem::path& path, std::span<const std::filesystem::path> inputs) {
  namespace fs = std::filesystem;
  if (path.empty()) throw InputError("", 0, 0, "no output file named (an empty path)");
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw InputError(path.string(), 0, 0,
                     "is a directory; name a file to write, such as " + (path / "timeline.json").string());
  if (!path.has_filename()) throw InputError(path.string(), 0, 0, "names no file (it ends in a slash)");
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec))
    throw InputError(path.string(), 0, 0,
                     fs::exists(dir, ec) ? dir.string() + " is not a directory"
                                         : "the directory " + dir.string() + " does not exist");
  for (const fs::path& input : inputs)
    if (input != "-" && fs::equivalent(path, input, ec))
      throw InputError(path.string(), 0, 0, "is also an input; refusing to overwrite it");
}

// A temporary file beside `path` (mkstemp: a fresh name, mode 0600); its name is left in `name`.
int create_temporary_beside(const std::filesystem::path& path, std::string& name) {
  const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  name = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) throw InputError(path.string(), 0, 0, "cannot write in " + dir.string() + ": " + std::strerror(errno));
  return fd;
}

// Where an output path leads. A file that exists and is neither a regular file nor a directory
// (a FIFO, a terminal, /dev/null, /dev/stdout on a pipe) is a stream, written in place: renaming
// a file over it would replace the device or pipe itself (as root, /dev/null) and its reader
// would get nothing. A symbolic link to a regular file leads to that file, which is replaced
// rather than the link.
struct OutputTarget {
  std::filesystem::path file;  // the file to replace (path itself unless a link)
  bool is_stream = false;
};

OutputTarget output_target(const std::filesystem::path& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode)) return {path, true};
  std::error_code ec;
  if (std::filesystem::is_symlink(path, ec)) {
    const auto target = std::filesystem::canonical(path, ec);
    if (!ec) return {target, false};
  }
  return {path, false};
}

// Writes all of `content` to `fd`; false (errno set) when a write fails.
bool write_all(int fd, std::string_view content) {
  for (std::size_t done = 0; done < content.size();) {
    const ssize_t w = ::write(fd, content.data() + done, content.size() - done);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) return false;
    done += static_cast<std::size_t>(w);
  }
  return true;
}

// Writes each piece `produce` hands over to `fd`, open on `path` (named in the error).
void write_pieces(int fd, const std::filesystem::path& path, const std::function<void(const ContentSink&)>& produce) {
  produce([&](std::string_view piece) {
    if (!write_all(fd, piece))
      throw InputError(path.string(), 0, 0, std::string("write failed: ") + std::strerror(errno));
  });
}

// Writes what `produce` hands over to the stream `path` (see OutputTarget), as a shell
// redirection would.
void write_stream(const std::filesystem::path& path, const std::function<void(const ContentSink&)>& produce) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw InputError(path.string(), 0, 0, std::string("cannot open for writing: ") + std::strerror(errno));
  try {
    write_pieces(fd, path, produce);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) throw InputError(path.string(), 0, 0, std::string("close failed: ") + std::strerror(errno));
}

}  // namespace

void check_output_path(const std::filesystem::path& path, std::span<const std::filesystem::path> inputs) {
  check_output_location(path, inputs);
  const OutputTarget target = output_target(path);
  if (target.is_stream) {
    if (::access(path.c_str(), W_OK) != 0)
      throw InputError(path.string(), 0, 0, std::string("cannot write to it: ") + std::strerror(errno));
    return;
  }
  // Permissions, a read-only file system or a pseudo file system (/proc) are only known by trying:
  // create the temporary file the write will need, and remove it.
  std::string probe;
  const int fd = create_temporary_beside(target.file, probe);
  ::close(fd);
  ::unlink(probe.c_str());
}

void write_file_atomically(const std::filesystem::path& output,
                           const std::function<void(const ContentSink&)>& produce) {
  check_output_location(output, {});
  const OutputTarget target = output_target(output);
  if (target.is_stream) return write_stream(output, produce);
  const std::filesystem::path& path = target.file;
  std::string tmpl;
  const int fd = create_temporary_beside(path, tmpl);
  const auto fail = [&](const char* what) {
    const int err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    throw InputError(path.string(), 0, 0, std::string(what) + ": " + std::strerror(err));
  };
  try {
    write_pieces(fd, path, produce);
  } catch (...) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    throw;
  }
  if (::fsync(fd) != 0) fail("fsync failed");
  // mkstemp creates 0600; give the file the permissions a plain create would have.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    throw InputError(path.string(), 0, 0, std::string("close failed: ") + std::strerror(err));
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    throw InputError(path.string(), 0, 0, std::string("cannot rename into place: ") + std::strerror(err));
  }
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  write_file_atomically(path, [&](const ContentSink& write) { write(content); });
}

}  // namespace annalist
