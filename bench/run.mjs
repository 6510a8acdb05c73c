/**
 * `npm run bench`: builds (see package.json), then runs the benchmarks against the BUILT library:
 * the core (bench/core.mjs), then the scanner (bench/scanner.mjs), series (bench/series.mjs) and
 * hostile inputs (bench/hostile.mjs)
 * when those files are present. Benchmarks print times and ratios against baselines measured in
 * the same run; they are not tests.
 */
import { existsSync } from "node:fs";

const log = (line) => console.log(line);

const { benchCore } = await import("./core.mjs");
await benchCore(log);

for (const [file, name] of [
  ["scanner.mjs", "benchScanner"],
  ["series.mjs", "benchSeries"],
  ["hostile.mjs", "benchHostile"],
]) {
  log("");
  const url = new URL(file, import.meta.url);
  if (!existsSync(url)) {
    log(`(bench/${file} is not there: skipped)`);
    continue;
  }
  const mod = await import(url.href);
  if (typeof mod[name] !== "function") {
    log(`(bench/${file} exports no ${name}: skipped)`);
    continue;
  }
  await mod[name](log);
}
