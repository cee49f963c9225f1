# bench/probes/*.txt as `annalist timex --jsonl` requests (the probes' format as bench/tag-diff
# reads it: `YYYY-MM-DD|sentence` or a bare sentence, DCT 2014-02-05; blank and `#` lines skipped):
# a text per sentence, or with `-v per_file=1` a text per file (its sentences a line each, the DCT
# of its first). scripts/build trains the profile-guided build on them.
#   awk [-v per_file=1] -f bench/probes-jsonl.awk bench/probes/*.txt | annalist timex --jsonl
function json_string(s) {
  gsub(/\\/, "\\\\", s)
  gsub(/"/, "\\\"", s)
  gsub(/\t/, "\\t", s)
  return "\"" s "\""
}
function request(text, dct) { printf "{\"text\":%s,\"dct\":\"%s\"}\n", json_string(text), dct }
function flush_file() {
  if (file_text != "") request(file_text, file_dct)
  file_text = ""
}
/^#/ || !NF { next }
{
  dct = "2014-02-05"
  text = $0
  # mawk has no {4}: the date spelled out
  if (match($0, /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9](T[0-9:]+)?\|/)) {
    dct = substr($0, 1, RLENGTH - 1)
    text = substr($0, RLENGTH + 1)
  }
  if (!per_file) {
    request(text, dct)
    next
  }
  if (FILENAME != file) {
    flush_file()
    file = FILENAME
    file_dct = dct
  }
  file_text = file_text == "" ? text : file_text "\\n" text
}
END { flush_file() }
