/**
 * Benchmark of the engine's hard shapes, run by `npm run bench` after `npm run build` (it imports
 * the BUILT library): one wide `sum` with its total off by one, a chain of `change` relations
 * over unknowns with a contradiction at its end, and a ring of strict `compare`s over unknowns
 * (inconsistent as a whole). Each at growing sizes, with the time of `check()`, whether the
 * conflict was minimised, the length of its message, and the growth exponent: the slope of the
 * least-squares line through (log n, log t) over the sizes (1 is linear, n log n shows as a
 * little above 1; the target is at most about 1.2).
 *
 * Then the brute-force oracle of tests/engine/oracle.ts over random small systems (run through
 * vitest, which reads TypeScript): the agreement rate and the time per system.
 * `BENCH_ORACLE_SYSTEMS` sets how many (default 1,000,000, split over the cores: about 17
 * minutes on 2; `BENCH_ORACLE_SYSTEMS=100000` for a quicker run).
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../dist/index.js";
import { best } from "./timing.mjs";

/** `sum` of n parts of 1 with the total stated as n + 1. */
function wideSum(n) {
  const claims = { total: n + 1 };
  const parts = [];
  for (let i = 0; i < n; i++) {
    claims[`p${i}`] = 1;
    parts.push(`p${i}`);
  }
  return { claims, relations: [{ kind: "sum", parts, total: "total" }] };
}

/** x0 = 0, x(i+1) − x(i) = 1 for n links over unknown x's, and x(n) stated as n + 1. */
function changeChain(n) {
  const claims = { x0: 0 };
  const relations = [];
  for (let i = 0; i < n; i++) {
    claims[`d${i}`] = 1;
    if (i + 1 < n) claims[`x${i + 1}`] = { unknown: true };
    relations.push({ kind: "change", from: `x${i}`, to: `x${i + 1}`, difference: `d${i}` });
  }
  claims[`x${n}`] = n + 1;
  return { claims, relations };
}

/** x0 < x1 < … < x(n−1) < x0 over unknowns. */
function compareRing(n) {
  const claims = {};
  const relations = [];
  for (let i = 0; i < n; i++) {
    claims[`x${i}`] = { unknown: true };
    relations.push({ kind: "compare", left: `x${i}`, op: "<", right: `x${(i + 1) % n}` });
  }
  return { claims, relations };
}

/**
 * A table of n cells (√n × √n) with its row, column and grand totals, every figure a whole
 * number: the cells stated as 10 but a 2 × 2 corner of unknowns (7 3 / 2 8 behind the totals),
 * and c(0,0) − c(0,1) stated as 3, which leaves c(0,0) at 6.5: inconsistent over whole numbers
 * only, found by the exact solver.
 */
function table(cells) {
  const n = Math.round(Math.sqrt(cells));
  const corner = [[7, 3], [2, 8]];
  const value = (i, j) => (i < 2 && j < 2 ? corner[i][j] : 10);
  const count = (v) => ({ value: String(v), integer: true });
  const claims = {};
  const relations = [];
  let grand = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) {
      claims[`c${i}_${j}`] = i < 2 && j < 2 ? { unknown: true, integer: true } : count(10);
      row += value(i, j);
    }
    claims[`row${i}`] = count(row);
    grand += row;
    relations.push({ kind: "sum", parts: Array.from({ length: n }, (_, j) => `c${i}_${j}`), total: `row${i}` });
  }
  for (let j = 0; j < n; j++) {
    let col = 0;
    for (let i = 0; i < n; i++) col += value(i, j);
    claims[`col${j}`] = count(col);
    relations.push({ kind: "sum", parts: Array.from({ length: n }, (_, i) => `c${i}_${j}`), total: `col${j}` });
  }
  claims.grand = count(grand);
  relations.push({ kind: "sum", parts: Array.from({ length: n }, (_, i) => `row${i}`), total: "grand" });
  claims.d = { value: "3", integer: true, signed: true };
  relations.push({ kind: "sum", parts: ["c0_0", "c0_1"], weights: ["1", "-1"], total: "d" });
  return { claims, relations };
}

const SHAPES = [
  ["sum of n parts, total off by one", wideSum, [500, 1000, 2000, 4000]],
  ["chain of n changes, contradiction at its end", changeChain, [1250, 2500, 5000, 10000]],
  ["ring of n strict compares", compareRing, [1250, 2500, 5000, 10000]],
  ["table of n cells with totals, whole-number conflict", table, [400, 1600, 6400]],
];

/** The slope of the least-squares line through (log n, log ms). */
function slope(rows) {
  const xs = rows.map((r) => Math.log(r.n));
  const ys = rows.map((r) => Math.log(r.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}
const int = (n) => n.toLocaleString("en-US");

/**
 * Runs the engine benchmark.
 *
 * @example
 * ```js
 * import { benchEngine } from "./bench/engine.mjs";
 * await benchEngine(console.log);
 * ```
 */
export async function benchEngine(log) {
  log("engine: wide relations, long chains and rings (check() end to end, best of 3)");
  for (const [name, make, sizes] of SHAPES) {
    const rows = [];
    for (const n of sizes) {
      const input = make(n);
      const r = best(3, () => check(input));
      const conflicts = r.result.analysis?.conflicts ?? [];
      rows.push({ n, ms: r.ms });
      log(
        `  ${name}: n = ${int(n).padStart(5)}  ${r.ms.toFixed(0).padStart(7)} ms  ${r.result.verdict}, ${conflicts.length} conflict(s), ${conflicts.every((c) => c.minimal) ? "minimal" : "NOT minimised"}, message ${int(r.result.findings[0]?.message.length ?? 0)} characters`,
      );
    }
    const last = rows.slice(-2);
    log(
      `  ${name}: growth n^${slope(rows).toFixed(2)} fitted over ${rows.map((r) => int(r.n)).join(" / ")} (n^${slope(last).toFixed(2)} from ${int(last[0].n)} to ${int(last[1].n)})`,
    );
  }

  log("");
  await benchOracle(log);
}

/** The fixed seed of the property tests (tests/fc-seed.ts); shard i of the oracle runs with this + i. */
const FC_SEED = 20170901;

/** One vitest run of the oracle: its report, or why there is none. */
function oracleShard(systems, seed, out) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "tests/engine/oracle.test.ts"], {
      env: { ...process.env, ORACLE_SYSTEMS: String(systems), ORACLE_REPORT: out, FC_SEED: String(seed) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    // The failure's own lines (fast-check's seed and counterexample, the assertion), then the tail.
    let failure = "";
    const keep = (d) => {
      output = (output + d).slice(-4000);
      for (const line of String(d).split("\n")) if (/Counterexample|seed:|AssertionError|without/.test(line)) failure += `${line.slice(0, 2000)}\n`;
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("close", (status) => {
      try {
        resolve({ report: JSON.parse(readFileSync(out, "utf8")) });
        rmSync(out, { force: true });
      } catch {
        resolve({ failure: `seed ${seed}: vitest exited ${status}:\n${failure || output.split("\n").slice(-15).join("\n")}` });
      }
    });
  });
}

/**
 * The brute-force oracle on `BENCH_ORACLE_SYSTEMS` random systems (default 1,000,000), split over
 * the cores: shard i draws its systems from the seed 20170901 + i (shard 0's are the fixed-seed
 * run's of `npm test`, and more). Prints the agreement rate, the wall time per system and the
 * CPU time per system (the shards' own time, summed).
 */
async function benchOracle(log) {
  const systems = Number(process.env.BENCH_ORACLE_SYSTEMS ?? 1_000_000);
  const shards = Math.max(1, Math.min(availableParallelism(), Math.ceil(systems / 1000)));
  log(`  oracle: ${int(systems)} random systems against brute force (tests/engine/oracle.test.ts through vitest, ${shards} shard(s) at once)`);
  const started = performance.now();
  const runs = await Promise.all(
    Array.from({ length: shards }, (_, i) => {
      const share = Math.floor(systems / shards) + (i < systems % shards ? 1 : 0);
      return oracleShard(share, FC_SEED + i, join(tmpdir(), `claimcheck-oracle-${process.pid}-${i}.json`));
    }),
  );
  const wall = performance.now() - started;
  const failures = runs.filter((r) => r.failure);
  if (failures.length > 0) {
    for (const f of failures) log(`  oracle: no report (${f.failure})`);
    return;
  }
  const total = (key) => runs.reduce((acc, r) => acc + r.report[key], 0);
  const checked = total("systems");
  log(
    `  oracle: ${int(total("agreed"))} of ${int(checked)} agree (${((100 * total("agreed")) / checked).toFixed(3)}%): verdicts, ${int(total("ranges"))} derived ranges, ${int(total("conflicts"))} conflicts checked minimal; ${(wall / checked).toFixed(2)} ms per system (wall, ${shards} at once), ${(total("ms") / checked).toFixed(2)} ms per system in each shard; ${(wall / 60000).toFixed(1)} min`,
  );
}
