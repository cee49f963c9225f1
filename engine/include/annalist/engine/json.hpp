// annalist/engine/json.hpp — timelines as JSON (our schema), TimelineJS JSON and CSV.
//
// Our schema is docs/timeline.schema.json. Output is deterministic: keys in schema order, two-space
// indentation, UTF-8 written as is, a trailing newline. Reading validates everything and keeps
// everything, so export -> import -> export is byte-identical.
#pragma once

#include <annalist/engine/file_io.hpp>
#include <annalist/engine/timeline.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace annalist {

// The schema version this build writes and reads ("version" in the JSON).
inline constexpr int timeline_schema_version = 1;

// Appends `s` to `out` as a JSON string literal: quote, backslash and control characters escaped
// (\n, \t, ... or \u00XX), UTF-8 written as is, as nlohmann's dump() writes valid UTF-8.
void append_json_string(std::string& out, std::string_view s);

// The timeline in our schema: documents, periods, events (in insertion order).
std::string to_json(const Timeline& timeline);

// Parses our schema. Throws InputError naming `source_name` and, for invalid content, the JSON
// path ("t.json: /events/3/time/start: \"2014-02-30\" is not a date"), or for a syntax error the
// line and column. Checks: version, required fields and their types, real dates (years
// 1..9999), start <= end, known status/granularity/bound names, unique ids, events naming known
// documents, no unknown or repeated keys. Sections and keys may come in any order; a UTF-8
// byte-order mark is skipped. Any size is read: the arrays are parsed a chunk of elements at a
// time (see detail::timeline_from_json_in_chunks).
Timeline timeline_from_json(std::string_view json, const std::string& source_name);

// Reads and parses a timeline file (see timeline_from_json); the file name is the source name.
// A regular file is mapped into memory rather than copied. "-" reads standard input (source
// name "<stdin>"); it, a pipe or a device is read to at most max_input_bytes (file_io.hpp).
Timeline read_timeline(const std::filesystem::path& path);
// Writes to_json(timeline) atomically: the file is either untouched or complete. The JSON is
// written as it is made, a piece at a time: memory holds the timeline, not its JSON as well.
void write_timeline(const std::filesystem::path& path, const Timeline& timeline);
// to_json(timeline), handed to `sink` a piece (some hundred KB) at a time.
void write_json(const Timeline& timeline, const ContentSink& sink);

// TimelineJS 3 JSON ({"title":..., "events":[...]}) for publishing on the web: one slide per
// event in timeline order, dates to the granularity the text gave, grouped by type.
std::string to_timelinejs(const Timeline& timeline);

// RFC 4180 CSV, one row per event in timeline order, with a header row. Lists (actors, places)
// are joined with "; ". Fields holding a comma, quote or line break are quoted.
std::string to_csv(const Timeline& timeline);

namespace detail {
// The reader behind timeline_from_json, which passes json_chunk_bytes: one scan finds the root
// object's members and cuts its arrays at element boundaries into chunks of about `chunk_bytes`
// of text, each parsed on its own (simdjson takes at most 4 GiB at once). Errors are those of
// timeline_from_json, JSON pointers counting elements across chunks. Exposed so that tests can
// cut small texts into many chunks.
Timeline timeline_from_json_in_chunks(std::string_view json, const std::string& source_name, std::size_t chunk_bytes);
inline constexpr std::size_t json_chunk_bytes = std::size_t{4} << 20;
}  // namespace detail

}  // namespace annalist
