#!/usr/bin/env node
/**
 * The TZ matrix: runs the date tests once per time zone, each in a fresh process with `TZ` set
 * from the start, so no result may depend on the machine's zone (DESIGN §6). The zones: UTC;
 * America/Los_Angeles (behind UTC, with daylight saving); Asia/Kolkata (a half-hour offset);
 * Pacific/Chatham (+12:45/+13:45, where local midnight is the previous day in UTC).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const ZONES = ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham"];
const FILES = [
  "tests/time/",
  "tests/series/",
  "tests/rules/weekday.test.ts",
  "tests/rules/period-order.test.ts",
  "tests/rules/period-length.test.ts",
  "tests/rules/period-consistency.test.ts",
  "tests/rules/date-resolution.test.ts",
  "tests/rules/series-step.test.ts",
  "tests/rules/series-monotonic.test.ts",
  "tests/rules/series-adjustment.test.ts",
];

const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");

for (const tz of ZONES) {
  process.stdout.write(`\n── date tests under TZ=${tz}\n`);
  // One module graph for all files (--no-isolate): these files share no state, and it keeps the
  // four runs to a few seconds each.
  const r = spawnSync(process.execPath, [vitest, "run", "--no-isolate", "--reporter=dot", ...FILES], {
    stdio: "inherit",
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    process.stderr.write(`date tests failed under TZ=${tz}\n`);
    process.exit(r.status ?? 1);
  }
}
