/**
 * Benchmark of series, run by `npm run bench` after `npm run build`: it imports the
 * BUILT library from dist/.
 *
 * A series of 10,000 monthly releases (a running total and its increment in each), checked with
 * `check()`:
 *
 * - baseline: the same ledger written by hand as 9,999 `cumulative` relations across documents,
 *   in the same run; the series should cost about the same (it compiles to the same kind of
 *   linear constraints);
 * - the series with one planted break (the engine must find and explain the one conflict);
 * - a sparse series (a total stated in every tenth release only, increments in all);
 * - a stock of open reports (carried over + new − completed = open) over 10,000 releases;
 * - the share of the time spent reading the file (`parseClaims`, which compiles the series).
 *
 * Times are the best of a few runs, to damp the noise of a shared machine.
 */
import { check, parseClaims } from "../dist/index.js";
import { best } from "./timing.mjs";

const N = 10_000;

/** Release i covers month i from January 2000 and is published on the 15th of the next month. */
function month(i) {
  return `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}
const id = (i) => `r${i}`;

/** A ledger: increments a_i = 1 + (i·7919 mod 97), totals t_i = 1000 + Σ a. */
function ledger(n) {
  const added = [];
  const total = [];
  let t = 1000;
  for (let i = 0; i < n; i++) {
    const a = 1 + ((i * 7919) % 97);
    added.push(a);
    total.push((t += a));
  }
  return { added, total };
}

function documents(n, claimsOf) {
  return Array.from({ length: n }, (_, i) => ({ id: id(i), published: `${month(i + 1)}-15`, covers: month(i), claims: claimsOf(i) }));
}

function seriesFile(n, { breakAt, every = 1 } = {}) {
  const { added, total } = ledger(n);
  return {
    documents: documents(n, (i) => ({
      added: added[i],
      ...(i % every === 0 || i === n - 1 ? { total: total[i] + (breakAt !== undefined && i >= breakAt ? 5 : 0) } : {}),
    })),
    series: [{ id: "count", kind: "cumulative", total: "total", added: "added", steps: Array.from({ length: n }, (_, i) => id(i)) }],
  };
}

function handWritten(n) {
  const { added, total } = ledger(n);
  return {
    documents: documents(n, (i) => ({ added: added[i], total: total[i] })),
    relations: Array.from({ length: n - 1 }, (_, k) => ({ kind: "cumulative", previous: `${id(k)}/total`, added: `${id(k + 1)}/added`, total: `${id(k + 1)}/total` })),
  };
}

function stockFile(n) {
  let open = 500;
  return {
    documents: documents(n, (i) => {
      const fresh = 20 + ((i * 31) % 40);
      const done = Math.min(open + fresh, 25 + ((i * 17) % 40));
      const carried = open;
      open = open + fresh - done;
      return { ...(i === 0 ? { carried } : {}), new: fresh, completed: done, open };
    }),
    series: [{ id: "open", kind: "stock", open: "open", carriedOver: "carried", inflows: ["new"], outflows: ["completed"], steps: Array.from({ length: n }, (_, i) => id(i)) }],
  };
}

const fmt = (x, digits = 2) => x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const errorsOf = (r) => r.findings.filter((f) => f.severity === "error");

/**
 * Runs the series benchmark and reports each figure through `log`.
 *
 * @param {(line: string) => void} log
 */
export async function benchSeries(log) {
  const t0 = performance.now();
  const runs = 3;
  const files = { hand: handWritten(N), series: seriesFile(N), broken: seriesFile(N, { breakAt: N / 2 }), sparse: seriesFile(N, { every: 10 }), stock: stockFile(N) };

  const base = best(runs, () => check(files.hand));
  if (base.result.verdict !== "consistent") throw new Error(`baseline: ${base.result.verdict}`);
  log(`series: ${N.toLocaleString("en-US")} releases; baseline, ${(N - 1).toLocaleString("en-US")} hand-written cumulative relations: ${fmt(base.ms, 0)} ms`);

  const report = (name, r, expectErrors) => {
    const errors = errorsOf(r.result);
    if (errors.length !== expectErrors) throw new Error(`${name}: ${errors.length} errors, expected ${expectErrors}`);
    log(`  ${name}: ${fmt(r.ms, 0)} ms, ${fmt(r.ms / base.ms)}× the baseline (${r.result.verdict})`);
  };
  const series = best(runs, () => check(files.series));
  report("the same ledger as a series", series, 0);
  const broken = best(runs, () => check(files.broken));
  report("with one planted break", broken, 1);
  log(`    the break: ${errorsOf(broken.result)[0].message}`);
  report("sparse (a total in every tenth release)", best(runs, () => check(files.sparse)), 0);
  report("a stock of open reports", best(runs, () => check(files.stock)), 0);
  const parse = best(runs, () => parseClaims(files.series));
  log(`  reading the series file (parseClaims, which compiles it): ${fmt(parse.ms, 0)} ms, ${fmt((100 * parse.ms) / series.ms, 0)}% of its check`);
  log(`  per release: ${fmt((1000 * series.ms) / N, 1)} µs`);
  log(`series bench done in ${fmt((performance.now() - t0) / 1000)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSeries((line) => console.log(line));
}
