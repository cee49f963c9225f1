// bench/chrono/chrono-speed.cjs — times chrono-node on the documents bench/timex_speed gives it.
//   node chrono-speed.cjs CHRONO_MODULE_DIR INPUT.json
// INPUT.json: {"runs": N, "documents": [{"text": "...", "ref": "YYYY-MM-DDTHH:MM:SS"}, ...]}
// Prints one JSON object: chrono's version, the seconds of each run (every document parsed once
// per run, each with its own reference date), the medians of wall-clock and CPU seconds, the UTF-8
// bytes and the number of results per run.
"use strict";
const fs = require("fs");
const path = require("path");

const [moduleDir, inputPath] = process.argv.slice(2);
if (!moduleDir || !inputPath) {
  console.error("usage: node chrono-speed.cjs CHRONO_MODULE_DIR INPUT.json");
  process.exit(2);
}
const chrono = require(moduleDir);
const version = JSON.parse(fs.readFileSync(path.join(moduleDir, "package.json"), "utf8")).version;
const input = JSON.parse(fs.readFileSync(inputPath, "utf8"));
// chrono takes a local wall-clock reference, as the peer suites do.
const documents = input.documents.map((d) => ({ text: d.text, ref: new Date(d.ref) }));
const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);

const seconds = [];
const cpuSeconds = []; // user + system CPU of the process (the machine may be shared)
let results = 0;
for (let run = 0; run < input.runs; ++run) {
  results = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const d of documents) results += chrono.parse(d.text, d.ref).length;
  const cpu = process.cpuUsage(cpuStart);
  cpuSeconds.push((cpu.user + cpu.system) / 1e6);
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  JSON.stringify({
    version,
    runs: input.runs,
    seconds,
    median_seconds: median(seconds),
    median_cpu_seconds: median(cpuSeconds),
    bytes,
    results,
  }),
);
