/**
 * Benchmark of the archive mode, run by `npm run bench` after `npm run build` (or alone:
 * `node bench/jsonl.mjs`; `BENCH_JSONL_ARTICLES=50000` for more articles).
 *
 * - 10,000 news-like articles (by default), generated deterministically by a seeded generator:
 *   paragraphs with counts, percentages, money, dates and years, one JSON line each.
 * - The built CLI, `claimcheck check --jsonl FILE`, as a child process (its start-up included),
 *   with the default workers (the available parallelism) and with `--workers 1`: the best of two
 *   runs of each.
 * - The baseline, in the same run: `scanText` in this process over the same texts (scan only: no
 *   process, no JSON in or out).
 *
 * It prints articles per second of each, their ratios, and the worker count; with GNU time
 * (/usr/bin/time) also the CPU time of both CLI runs, which does not depend on the machine's
 * load, and the most the workers could gain on free cores.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scanText } from "../dist/index.js";
import { best } from "./timing.mjs";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** A small deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` articles, the same every run: `{ id, text, published }` each. */
export function buildArticles(count, seed = 20170901) {
  const random = rng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (a) => a[Math.floor(random() * a.length)];
  const grouped = (n) => n.toLocaleString("en-US");
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const who = ["The ministry", "The coalition", "The county council", "Officials", "The agency", "A spokesman", "The report", "The census office"];
  const what = ["civilian deaths", "reports", "homes", "patients", "jobs", "schools", "strikes", "complaints"];
  const sentences = [
    () => `${pick(who)} said ${grouped(int(2, 90_000))} ${pick(what)} were recorded in ${pick(months)} ${int(2010, 2024)}.`,
    () => `Of the ${int(20, 900)} ${pick(what)} investigated, ${int(1, 19)} were assessed to be credible.`,
    () => `That raised the total to at least ${grouped(int(1_000, 250_000))}, up ${int(1, 60)}.${int(0, 9)}% from a year earlier.`,
    () => `The budget of $${int(1, 99)}.${int(1, 9)} million was ${int(2, 40)}% higher than in ${int(2005, 2023)}.`,
    () => `About ${int(2, 95)}% of the ${grouped(int(100, 40_000))} residents were affected, ${pick(who).toLowerCase()} added.`,
    () => `“We counted ${int(2, 900)} cases in ${int(2, 30)} days,” ${pick(who).toLowerCase()} told reporters on ${pick(months)} ${int(1, 28)}.`,
    () => `Between ${int(1990, 2005)} and ${int(2006, 2024)} the number fell from ${grouped(int(5_000, 90_000))} to ${grouped(int(100, 4_999))}.`,
    () => `Nearly ${int(2, 9)} in ${int(10, 12)} ${pick(what)} were closed by ${pick(months)}, ${int(3, 12)} months after the ${pick(["flood", "fire", "strike", "audit"])}.`,
  ];
  const articles = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: int(3, 8) }, () => Array.from({ length: int(2, 5) }, () => pick(sentences)()).join(" "));
    const published = `${int(2015, 2024)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
    articles.push({ id: `article-${i + 1}`, text: paragraphs.join("\n\n"), published });
  }
  return articles;
}

/** GNU time, when the machine has it: the CPU time of a child process, all its threads. */
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** The built CLI over the archive: wall time (start-up included), CPU seconds (with GNU time) and the lines it wrote. */
function cliRun(archive, out, workers) {
  const fd = openSync(out, "w");
  const args = [CLI, "check", "--jsonl", archive, ...(workers !== undefined ? ["--workers", String(workers)] : [])];
  const t = performance.now();
  const r = TIME ? spawnSync(TIME, ["-f", "cpu %U %S", process.execPath, ...args], { stdio: ["ignore", fd, "pipe"], encoding: "utf8" }) : spawnSync(process.execPath, args, { stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
  const ms = performance.now() - t;
  closeSync(fd);
  const cpuLine = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  const cpu = cpuLine ? Number(cpuLine[1]) + Number(cpuLine[2]) : undefined;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check --jsonl exited ${r.status}: ${r.stderr}`);
  let lines = 0;
  const text = readFileSync(out, "utf8");
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
  return { ms, cpu, lines };
}

export async function benchJsonl(log) {
  const count = Number(process.env.BENCH_JSONL_ARTICLES ?? 10_000);
  const workers = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-bench-jsonl-"));
  try {
    const articles = buildArticles(count);
    const archive = join(dir, "archive.jsonl");
    writeFileSync(archive, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
    const bytes = articles.reduce((s, a) => s + a.text.length, 0);
    log(`Archives (check --jsonl): ${count.toLocaleString("en-US")} generated articles, ${(bytes / 1e6).toFixed(1)} M characters of text (${Math.round(bytes / count)} a text); load average ${loadavg()[0].toFixed(2)}, ${workers} cores`);
    const scan = best(2, () => {
      let numbers = 0;
      for (const a of articles) numbers += scanText(a.text).numbers.length;
      return numbers;
    }, { warmup: true });
    const rate = (ms) => count / (ms / 1000);
    const fmt = (x) => Math.round(x).toLocaleString("en-US");
    log(`  scan only (scanText in this process): ${fmt(rate(scan.ms))} articles/s (${(scan.ms / 1000).toFixed(2)} s, ${scan.result.toLocaleString("en-US")} numbers)`);
    // The best of two runs each, alternated, to damp the noise of a shared machine.
    const runs = { many: [], one: [] };
    for (let k = 0; k < 2; k++) {
      runs.many.push(cliRun(archive, join(dir, "out-n.jsonl"), undefined));
      runs.one.push(cliRun(archive, join(dir, "out-1.jsonl"), 1));
    }
    const fastest = (list) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
    const many = fastest(runs.many);
    const one = fastest(runs.one);
    if (many.lines !== count || one.lines !== count) throw new Error(`expected ${count} result lines, got ${many.lines} and ${one.lines}`);
    log(`  check --jsonl, ${workers} workers (the default): ${fmt(rate(many.ms))} articles/s (${(many.ms / 1000).toFixed(2)} s, start-up included): ${(scan.ms / many.ms).toFixed(2)}× the scan-only rate`);
    log(`  check --jsonl --workers 1 (in one thread): ${fmt(rate(one.ms))} articles/s (${(one.ms / 1000).toFixed(2)} s): ${(scan.ms / one.ms).toFixed(2)}× the scan-only rate`);
    log(`  ${workers} workers against 1: ${(one.ms / many.ms).toFixed(2)}× the articles per second`);
    if (many.cpu !== undefined && one.cpu !== undefined) {
      // CPU time does not depend on how busy the machine is: it bounds the gain of the workers on free cores.
      log(`  CPU time (all threads, GNU time): ${workers} workers ${many.cpu.toFixed(2)} s, 1 worker ${one.cpu.toFixed(2)} s: ${(many.cpu / one.cpu).toFixed(2)}× the CPU per article; on ${workers} free cores at most ${((workers * one.cpu) / many.cpu).toFixed(2)}× the rate of 1 worker`);
    }
    return { count, workers, scanRate: rate(scan.ms), cliRate: rate(many.ms), oneRate: rate(one.ms) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly: `node bench/jsonl.mjs` (after `npm run build`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchJsonl((line) => console.log(line));
}
