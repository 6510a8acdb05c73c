/**
 * Benchmark of the number scanner, run by `npm run bench` after `npm run build`: it
 * imports the BUILT library from dist/.
 *
 * - Throughput of `scanNumbers` on ≥ 20 MB of news-like text built deterministically from the
 *   seed article and the rows of numbers.md (numbers varied by a seeded generator).
 * - The speed limit: a bare `/\p{Nd}+/gu` pass over the same text, in the same run.
 * - compromise's `.numbers()` on a 1 MB slice (paragraph by paragraph, as it is meant to be used;
 *   asking it for offsets on one large document is far slower).
 * - Accuracy of the scanner and of compromise on the rows of numbers.md
 *   (tests/text/numbers-rows.json), and of the scanner on the numbers corpus
 *   (tests/fixtures/corpus/numbers-corpus.json: share of numbers misread, target ≤ 2 %).
 * - Hostile inputs of 10 MB ("1,1,1,…", "((((", one long digit run, text without a space), each as
 *   a ratio to 10 MB of normal text.
 *
 * Targets: ≥ 100× compromise, within 4× of the bare pass, hostile ≤ 3× normal.
 * "MB" is 10^6 bytes of the text in UTF-8. Times are the best of a few runs, to damp the noise of
 * a shared machine.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { scanNumbers } from "../dist/index.js";
import { best } from "./timing.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const MB = 1e6;

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

/** Builds at least `size` characters of news-like text, the same every run. */
export function buildCorpus(size) {
  const article = readFileSync(`${root}claims/seed/article.txt`, "utf8");
  const rows = JSON.parse(readFileSync(`${root}tests/text/numbers-rows.json`, "utf8")).rows.map((r) => r.text);
  const paragraphs = article.split(/\n\n+/);
  const random = rng(20170901);
  const pick = (a) => a[Math.floor(random() * a.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // Sentences around the rows of numbers.md, so the corpus has every form the scanner must read.
  const frames = [
    (x) => `Officials said ${x} in the latest statement.`,
    (x) => `According to the report, ${x}, the ministry added.`,
    (x) => `The figure (${x}) was published on Friday.`,
    (x) => `“We counted ${x},” a spokesman told reporters.`,
  ];
  // Vary each figure of the article but keep its shape: digits for digits, separators as they were.
  const vary = (p) =>
    p.replace(/\d[\d,]*/g, (m) => {
      if (/^(19|20)\d\d$/.test(m)) return String(int(1995, 2024));
      const digits = m.replace(/,/g, "").length;
      const n = int(digits === 1 ? 1 : 10 ** (digits - 1), 10 ** digits - 1);
      return m.includes(",") ? grouped(n) : String(n);
    });
  const parts = [];
  let length = 0;
  while (length < size) {
    let p;
    const r = random();
    if (r < 0.6) p = vary(pick(paragraphs));
    else if (r < 0.9) p = Array.from({ length: int(2, 5) }, () => pick(frames)(pick(rows))).join(" ");
    else p = `On ${pick(["March", "July", "August"])} ${int(1, 28)}, ${int(2, 900)} people were displaced and ${int(10, 99)}.${int(0, 9)}% of homes damaged, costing $${int(1, 9)}.${int(1, 9)}bn.`;
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join("\n\n");
}

const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
const fmt = (x, d = 1) => x.toFixed(d);

/** The numbers a reader takes from each found item, for the accuracy comparison. */
function sameReading(found, row) {
  const want = row.numbers
    .filter((n) => !["name", "date", "time"].includes(n.kind))
    .map((n) => ({ spans: [n.text, n.figure ?? n.text], values: n.kind === "range" ? [n.value, n.valueTo] : [n.value] }));
  if (found.length !== want.length) return false;
  return found.every((f, k) => {
    const w = want[k];
    if (!w.spans.includes(f.span)) return false;
    if (f.values.length !== w.values.length) return false;
    return f.values.every((v, j) => {
      const [n, d] = String(w.values[j]).split("/");
      const target = d === undefined ? Number(n) : Number(n) / Number(d);
      return typeof v === "number" && Math.abs(v - target) <= 1e-9 * Math.max(1, Math.abs(target));
    });
  });
}

const VALUED = new Set(["count", "decimal", "percent", "money", "ordinal", "year", "period", "range", "ratio", "score", "decade"]);
const near = (want, got) => want === undefined || (got !== undefined && Math.abs(Number(eval_(want)) - got.toNumber()) <= 1e-9 * Math.max(1, Math.abs(got.toNumber())));
const eval_ = (v) => (v.includes("/") ? Number(v.split("/")[0]) / Number(v.split("/")[1]) : Number(v));

/** The annotated numbers of a corpus passage that the scanner reads otherwise, and numbers it reads where none is. */
function corpusMisreadings(p, found) {
  const out = [];
  const used = new Set();
  let from = 0;
  for (const want of p.numbers) {
    const start = p.text.indexOf(want.text, from);
    from = start + want.text.length;
    const got = found.find((n) => n.start === start && n.end === from);
    if (got) used.add(got);
    const ok =
      got !== undefined &&
      got.kind === want.kind &&
      (!VALUED.has(want.kind) || (near(want.value, got.value) && near(want.valueTo, got.valueTo))) &&
      (want.qualifier ?? "none") === (got.qualifier?.kind ?? "none") &&
      (want.currency === undefined || want.currency === got.currency);
    if (!ok) {
      const overlap = got ?? found.find((n) => n.start < from && n.end > start);
      if (overlap) used.add(overlap);
      out.push(`${p.id} ${JSON.stringify(want.text)}`);
    }
  }
  for (const n of found) if (!used.has(n)) out.push(`${p.id} +${JSON.stringify(n.text)}`);
  return out;
}

function scannerReading(text) {
  return scanNumbers(text)
    .filter((n) => !["name", "date", "time"].includes(n.kind))
    .map((n) => ({ span: n.text, values: n.kind === "range" ? [n.value.toNumber(), n.valueTo.toNumber()] : [n.value.toNumber()] }));
}

function compromiseReading(text) {
  return nlp(text)
    .numbers()
    .json({ offset: true })
    .map((m) => ({
      span: text.slice(m.offset.start, m.offset.start + m.offset.length),
      values: [typeof m.number === "object" ? m.number.num : m.number],
    }));
}

/**
 * Runs the benchmark and returns its figures; `log` receives each line of the report.
 *
 * @param {(line: string) => void} log
 */
export async function benchScanner(log) {
  const t0 = performance.now();
  const corpus = buildCorpus(20 * MB + 1000);
  const bytes = Buffer.byteLength(corpus, "utf8");
  log(`scanner: corpus of ${fmt(bytes / MB)} MB of news-like text (built in ${fmt((performance.now() - t0) / 1000)} s)`);

  // Warm both up on a slice first, so neither is measured while the JIT compiles it.
  scanNumbers(corpus.slice(0, MB));
  const re = /\p{Nd}+/gu;
  const bare = () => {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(corpus) !== null) n++;
    return n;
  };
  bare();
  const scan = best(3, () => scanNumbers(corpus).length);
  const limit = best(3, bare);
  const scanMbps = mbps(bytes, scan.ms);
  const bareMbps = mbps(bytes, limit.ms);
  log(`scanner: ${fmt(scanMbps)} MB/s (${scan.result} numbers in ${fmt(scan.ms, 0)} ms)`);
  log(`bare /\\p{Nd}+/gu pass: ${fmt(bareMbps)} MB/s (${limit.result} digit runs in ${fmt(limit.ms, 0)} ms)`);

  // compromise on a 1 MB slice, paragraph by paragraph (cut at a paragraph break).
  const cut = corpus.indexOf("\n\n", MB);
  const slice = corpus.slice(0, cut < 0 ? MB : cut);
  const sliceBytes = Buffer.byteLength(slice, "utf8");
  const paragraphs = slice.split("\n\n");
  nlp(paragraphs[0]).numbers().json();
  const comp = best(1, () => {
    let n = 0;
    for (const p of paragraphs) n += nlp(p).numbers().json().length;
    return n;
  });
  const compMbps = mbps(sliceBytes, comp.ms);
  log(`compromise .numbers(): ${fmt(compMbps, 3)} MB/s (${comp.result} numbers in ${fmt(comp.ms / 1000, 1)} s on ${fmt(sliceBytes / MB, 2)} MB)`);
  const vsCompromise = scanMbps / compMbps;
  const vsBare = bareMbps / scanMbps;
  log(`ratio: scanner is ${fmt(vsCompromise, 0)}× compromise (target ≥ 100×): ${vsCompromise >= 100 ? "met" : "MISSED"}`);
  log(`ratio: bare pass is ${fmt(vsBare, 2)}× the scanner (target ≤ 4×): ${vsBare <= 4 ? "met" : "MISSED"}`);

  // Accuracy on the rows of numbers.md.
  const rows = JSON.parse(readFileSync(`${root}tests/text/numbers-rows.json`, "utf8")).rows;
  const right = (reader) => rows.filter((row) => sameReading(reader(row.text), row));
  const scannerRight = right(scannerReading);
  const compromiseRight = right(compromiseReading);
  log(`accuracy on numbers.md (${rows.length} cases): scanner ${scannerRight.length}/${rows.length}, compromise ${compromiseRight.length}/${rows.length}`);
  const missed = rows.filter((r) => !scannerRight.includes(r)).map((r) => JSON.stringify(r.text));
  if (missed.length > 0) log(`  scanner misses: ${missed.join(", ")}`);
  log(`  compromise misses: ${rows.filter((r) => !compromiseRight.includes(r)).map((r) => JSON.stringify(r.text)).join(", ")}`);

  // Accuracy on the numbers corpus (tests/fixtures/corpus/numbers-corpus.json), read as in tests/text/corpus-reading.ts.
  const corpusFile = JSON.parse(readFileSync(`${root}tests/fixtures/corpus/numbers-corpus.json`, "utf8"));
  const misread = corpusFile.passages.flatMap((p) => corpusMisreadings(p, scanNumbers(p.text)));
  const corpusTotal = corpusFile.passages.reduce((n, p) => n + p.numbers.length, 0);
  log(`accuracy on the numbers corpus (${corpusFile.passages.length} passages, ${corpusTotal} numbers): ${corpusTotal - misread.length}/${corpusTotal} read right, ${fmt((100 * misread.length) / corpusTotal, 2)} % misread (target ≤ 2 %): ${misread.length <= 0.02 * corpusTotal ? "met" : "MISSED"}`);
  if (misread.length > 0) log(`  misread: ${misread.join(", ")}`);

  // Hostile inputs against 10 MB of normal text.
  const ten = 10 * MB;
  const normal = corpus.slice(0, ten);
  const hostile = {
    '"1,1,1,…"': "1,".repeat(ten / 2),
    '"(((("': "(".repeat(ten),
    "one long digit run": "7".repeat(ten),
    "text without a space": corpus.replace(/\s+/g, "").slice(0, ten),
  };
  const base = best(3, () => scanNumbers(normal).length).ms;
  log(`hostile inputs (10 MB each) against 10 MB of normal text (${fmt(base, 0)} ms):`);
  const ratios = {};
  for (const [name, text] of Object.entries(hostile)) {
    const t = best(2, () => scanNumbers(text).length).ms;
    ratios[name] = t / base;
    log(`  ${name}: ${fmt(t, 0)} ms, ${fmt(t / base, 2)}× normal (target ≤ 3×): ${t / base <= 3 ? "met" : "MISSED"}`);
  }
  log(`scanner bench done in ${fmt((performance.now() - t0) / 1000)} s`);
  return {
    corpusMB: bytes / MB,
    scannerMBps: scanMbps,
    bareMBps: bareMbps,
    compromiseMBps: compMbps,
    timesCompromise: vsCompromise,
    bareOverScanner: vsBare,
    accuracy: { rows: rows.length, scanner: scannerRight.length, compromise: compromiseRight.length },
    corpus: { numbers: corpusTotal, misread: misread.length },
    hostile: ratios,
  };
}

// Run directly: `node bench/scanner.mjs` (after `npm run build`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchScanner((line) => console.log(line));
}
