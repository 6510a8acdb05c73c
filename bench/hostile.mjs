/**
 * Benchmark of hostile and unlucky inputs, run by `npm run bench` after `npm run build`: it runs
 * the BUILT CLI (dist/cli.js) as a child process, as a user would, and the built library.
 *
 * - 100,000 claims as YAML and as JSON through `claimcheck check --format json`, against
 *   `JSON.parse` of the same claims (and `JSON.parse` + `check()`) in the same run; the reading
 *   alone (`loadClaimsFile`) at 25,000 and 100,000 claims, to show it grows linearly.
 * - A 10 MB article with one quoted claim (so every other number is a finding) through
 *   `claimcheck check` in pretty format, against the JSON format of the same run.
 * - 10 MB of "1 1 1 …", "1%1%…" and quote marks through `scanText` (each in a fresh process, so
 *   that every text starts from the same heap) and through `claimcheck scan --format json`, each
 *   against 10 MB of prose measured the same way.
 * - Memory per scanned number (a child process with --expose-gc): the heap `scanNumbers` and
 *   `scanText` keep per number of "1 1 1 …" and "1%1%…" (target ≤ 200 bytes).
 *
 * Targets: the dense-number text at most 3× the time of prose; nothing crashes or overflows.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "../dist/index.js";
import { loadClaimsFile } from "../dist/node.js";
import { buildCorpus } from "./scanner.mjs";
import { best } from "./timing.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const MB = 1e6;
const fmt = (x, d = 1) => x.toFixed(d);
const secs = (ms) => `${fmt(ms / 1000, 2)} s`;

/** Runs the CLI once, its output into a file; its wall time in ms, exit code, bytes of output, and the first line of stderr. */
function runCli(args) {
  const out = join(tmpdir(), `claimcheck-bench-out-${process.pid}.txt`);
  const fd = openSync(out, "w");
  try {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args], { stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    const ms = performance.now() - t;
    if (r.error) throw r.error;
    return { ms, code: r.status, bytes: statSync(out).size, err: r.stderr.split("\n")[0] };
  } finally {
    closeSync(fd);
    rmSync(out, { force: true });
  }
}

/** The smallest time of `runs` CLI runs (the result of the last). */
function bestCli(runs, args) {
  let out;
  for (let k = 0; k < runs; k++) {
    const r = runCli(args);
    if (!out || r.ms < out.ms) out = r;
  }
  return out;
}

/**
 * `scanText` on a file, in a fresh process (so each text starts from the same empty heap): the
 * best of two runs, after a warm-up on its first megabyte.
 */
function scanInChild(file) {
  const script = `
    import { readFileSync } from "node:fs";
    const { scanText } = await import(${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)});
    const text = readFileSync(process.argv[1], "utf8");
    scanText(text.slice(0, 1_000_000));
    let ms = Infinity;
    let r;
    for (let k = 0; k < 2; k++) {
      r = undefined;
      const t = performance.now();
      r = scanText(text);
      ms = Math.min(ms, performance.now() - t);
    }
    console.log(JSON.stringify({ ms, numbers: r.numbers.length, findings: r.findings.length }));`;
  const out = spawnSync(process.execPath, ["--input-type=module", "-e", script, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`scanText of ${file} failed: ${out.stderr.split("\n")[0]}`);
  return JSON.parse(out.stdout.trim().split("\n").pop());
}

/** A claims file of n claims (values, units) and n/2 part-of relations, as plain data. */
function claimSet(n) {
  const claims = {};
  const relations = [];
  for (let i = 0; i < n; i++) claims[`c${i}`] = { value: 1000 + (i % 2 === 0 ? i % 97 : 100 + (i % 89)), unit: "report" };
  for (let i = 0; i + 1 < n; i += 2) relations.push({ kind: "part-of", part: `c${i}`, whole: `c${i + 1}` });
  return { claims, relations };
}

function toYaml(set) {
  const lines = ["claims:"];
  for (const [k, c] of Object.entries(set.claims)) lines.push(`  ${k}: { value: ${c.value}, unit: ${c.unit} }`);
  lines.push("relations:");
  for (const r of set.relations) lines.push(`  - { kind: ${r.kind}, part: ${r.part}, whole: ${r.whole} }`);
  return lines.join("\n") + "\n";
}

/**
 * Runs the benchmark and returns its figures; `log` receives each line of the report.
 *
 * @param {(line: string) => void} log
 */
export async function benchHostile(log) {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-hostile-"));
  const figures = {};
  try {
    // ─── claims files ───────────────────────────────────────────────────────────────────────
    log("hostile: claims files through the CLI (check --format json), against JSON.parse of the same claims");
    const read = {};
    for (const n of [25_000, 100_000]) {
      const set = claimSet(n);
      const json = JSON.stringify(set, null, 1);
      const yaml = toYaml(set);
      writeFileSync(join(dir, `n${n}.claims.json`), json);
      writeFileSync(join(dir, `n${n}.claims.yaml`), yaml);
      const parse = best(3, () => JSON.parse(json)).ms;
      if (n === 25_000) await loadClaimsFile(join(dir, `n${n}.claims.yaml`)); // warm-up
      const y = performance.now();
      await loadClaimsFile(join(dir, `n${n}.claims.yaml`));
      const yamlMs = performance.now() - y;
      const j = performance.now();
      await loadClaimsFile(join(dir, `n${n}.claims.json`));
      const jsonMs = performance.now() - j;
      read[n] = { yaml: yamlMs, json: jsonMs, parse };
      log(`  reading ${n.toLocaleString("en-US")} claims (loadClaimsFile): YAML ${secs(yamlMs)} (${fmt(yamlMs / parse, 0)}× JSON.parse), JSON ${secs(jsonMs)} (${fmt(jsonMs / parse, 1)}× JSON.parse, ${fmt(parse, 0)} ms)`);
      if (n === 100_000) {
        const plain = JSON.parse(json);
        const checked = best(1, () => check(JSON.parse(json))).ms;
        const yamlCli = bestCli(1, ["check", join(dir, `n${n}.claims.yaml`), "--format", "json"]);
        const jsonCli = bestCli(1, ["check", join(dir, `n${n}.claims.json`), "--format", "json"]);
        for (const [name, r] of [["YAML", yamlCli], ["JSON", jsonCli]]) {
          if (r.code !== 0) log(`  (the CLI exited ${r.code}: ${r.err})`);
          log(`  ${n.toLocaleString("en-US")} claims, ${name}, through the CLI: ${secs(r.ms)}: ${fmt(r.ms / parse, 0)}× JSON.parse, ${fmt(r.ms / checked, 2)}× JSON.parse + check() (${secs(checked)})`);
        }
        figures.claims = { yamlCliMs: yamlCli.ms, jsonCliMs: jsonCli.ms, parseMs: parse, parseAndCheckMs: checked, claims: Object.keys(plain.claims).length };
      }
    }
    const growth = (a, b) => Math.log(b / a) / Math.log(4);
    log(`  growth from 25,000 to 100,000 claims: YAML n^${fmt(growth(read[25_000].yaml, read[100_000].yaml), 2)}, JSON n^${fmt(growth(read[25_000].json, read[100_000].json), 2)} (linear is n^1)`);
    figures.read = read;

    // ─── texts ──────────────────────────────────────────────────────────────────────────────
    const ten = 10 * MB;
    const prose = buildCorpus(ten + 1000).slice(0, ten);
    const firstNumber = /\d+/.exec(prose);
    const quote = prose.slice(Math.max(0, firstNumber.index - 10), firstNumber.index + firstNumber[0].length);
    writeFileSync(join(dir, "article.txt"), prose);
    writeFileSync(join(dir, "article.claims.yaml"), `document: { id: article, textFile: article.txt }\nclaims:\n  first: { value: ${JSON.stringify(firstNumber[0])}, quote: ${JSON.stringify(quote)} }\n`);
    log("hostile: a 10 MB article with one quoted claim (every other number a finding), claimcheck check");
    const pretty = bestCli(1, ["check", join(dir, "article.claims.yaml")]);
    const jsonReport = bestCli(1, ["check", join(dir, "article.claims.yaml"), "--format", "json"]);
    log(`  pretty: ${secs(pretty.ms)} (${fmt(pretty.bytes / MB)} MB), json: ${secs(jsonReport.ms)} (${fmt(jsonReport.bytes / MB)} MB): pretty is ${fmt(pretty.ms / jsonReport.ms, 2)}× json`);
    figures.article = { prettyMs: pretty.ms, jsonMs: jsonReport.ms };

    const dense = {
      '"1 1 1 …"': "1 ".repeat(ten / 2),
      '"1%1%…"': "1%".repeat(ten / 2),
      "quote marks “““…": "\u201c".repeat(Math.floor(ten / 3)),
    };
    log("hostile: 10 MB texts against 10 MB of prose (target for dense numbers ≤ 3×)");
    writeFileSync(join(dir, "prose.txt"), prose);
    const proseLib = scanInChild(join(dir, "prose.txt")).ms;
    const proseCli = bestCli(1, ["scan", join(dir, "prose.txt"), "--format", "json"]);
    log(`  prose: scanText ${secs(proseLib)}; claimcheck scan --format json ${secs(proseCli.ms)} (${fmt(proseCli.bytes / MB)} MB out)`);
    figures.dense = {};
    for (const [name, text] of Object.entries(dense)) {
      const file = join(dir, `dense-${Object.keys(figures.dense).length}.txt`);
      writeFileSync(file, text);
      const lib = scanInChild(file);
      const out = bestCli(1, ["scan", file, "--format", "json"]);
      const crashed = out.code !== 0 && out.code !== 1 ? ` (exit ${out.code}: ${out.err})` : "";
      const target = name.startsWith("quote") ? "" : lib.ms / proseLib <= 3 ? " (≤ 3×: met)" : " (≤ 3×: MISSED)";
      log(
        `  ${name}: scanText ${secs(lib.ms)}, ${fmt(lib.ms / proseLib, 2)}× prose${target} (${lib.numbers.toLocaleString("en-US")} numbers, ${lib.findings.toLocaleString("en-US")} findings); ` +
          `CLI ${secs(out.ms)}, ${fmt(out.ms / proseCli.ms, 2)}× prose (${fmt(out.bytes / MB)} MB out)${crashed}`,
      );
      figures.dense[name] = { libRatio: lib.ms / proseLib, cliRatio: out.ms / proseCli.ms };
    }

    // ─── memory ─────────────────────────────────────────────────────────────────────────────
    log("hostile: heap kept per scanned number (target ≤ 200 bytes)");
    const probe = `
      const { scanNumbers, scanText } = await import(${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)});
      // The heap kept by what run(text) returns, per number (the result is dropped on return).
      const measure = (text, run) => {
        globalThis.gc();
        const before = process.memoryUsage().heapUsed;
        const kept = run(text);
        globalThis.gc();
        return (process.memoryUsage().heapUsed - before) / kept.length;
      };
      const out = {};
      for (const [name, text] of [["1 1 1", "1 ".repeat(2_500_000)], ["1%1%", "1%".repeat(2_500_000)]]) {
        out[name + " scanNumbers"] = measure(text, (t) => scanNumbers(t));
        out[name + " scanText"] = measure(text, (t) => scanText(t).numbers);
      }
      console.log(JSON.stringify(out));`;
    const m = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", probe], { encoding: "utf8" });
    const perNumber = JSON.parse(m.stdout.trim().split("\n").pop());
    for (const [k, v] of Object.entries(perNumber)) log(`  ${k}: ${fmt(v, 0)} bytes per number: ${v <= 200 ? "met" : "MISSED"}`);
    figures.bytesPerNumber = perNumber;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`hostile bench done in ${fmt((performance.now() - t0) / 1000)} s`);
  return figures;
}

// Run directly: `node bench/hostile.mjs` (after `npm run build`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchHostile((line) => console.log(line));
}
