/**
 * `npm run bench`: builds (see package.json), then runs the benchmarks against the BUILT library:
 * the core (bench/core.mjs), then the scanner (bench/scanner.mjs), series (bench/series.mjs),
 * hostile inputs (bench/hostile.mjs), the proposal of claims from a text (bench/propose.mjs),
 * archives (bench/jsonl.mjs), the HTTP service (bench/serve.mjs) and the desk page in Chromium
 * (bench/desk.mjs), each when its file is present; `node bench/run.mjs propose scanner`
 * runs just the parts named. Benchmarks print times and
 * ratios against baselines measured in the same run; they are not tests.
 */
import { existsSync } from "node:fs";

const log = (line) => console.log(line);

let failed = 0;
for (const [file, name] of [
  ["core.mjs", "benchCore"],
  ["engine.mjs", "benchEngine"],
  ["scanner.mjs", "benchScanner"],
  ["series.mjs", "benchSeries"],
  ["hostile.mjs", "benchHostile"],
  ["propose.mjs", "benchPropose"],
  ["jsonl.mjs", "benchJsonl"],
  ["serve.mjs", "benchServe"],
  ["desk.mjs", "benchDesk"],
].filter(([file]) => process.argv.length <= 2 || process.argv.slice(2).includes(file.replace(/\.mjs$/, "")))) {
  if (file !== "core.mjs") log("");
  const url = new URL(file, import.meta.url);
  if (!existsSync(url)) {
    log(`(bench/${file} is not there: skipped)`);
    continue;
  }
  // One benchmark that cannot run (it imports what the built library no longer exports, say)
  // is reported, and the others still run.
  let mod;
  try {
    mod = await import(url.href);
  } catch (e) {
    failed++;
    log(`(bench/${file} could not be loaded: ${e instanceof Error ? e.message : String(e)})`);
    continue;
  }
  if (typeof mod[name] !== "function") {
    log(`(bench/${file} exports no ${name}: skipped)`);
    continue;
  }
  await mod[name](log);
}
if (failed > 0) process.exitCode = 1;
