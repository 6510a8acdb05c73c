// @ts-check
/**
 * `npm run eval`: scores the proposer of the built package (dist/index.js: `proposeClaims` and
 * `checkText`) on the corpus of tests/corpus/manifest.yaml, and prints a table (or `--json`).
 * `--oracle` scores the gold itself through `check()` instead: what the corpus allows at best,
 * and the share of mutations the gold relations catch; `--baseline` scores the scanner alone
 * (every quantity it finds as a claim, no relation). Without a built proposer it says so in
 * one line and exits 0.
 */
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadCorpus } from "./eval/corpus.mjs";
import { formatResults } from "./eval/format.mjs";
import { baselinePipeline } from "./eval/baseline.mjs";
import { oraclePipeline } from "./eval/oracle.mjs";
import { scoreCorpus } from "./eval/score.mjs";

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--json" && a !== "--oracle" && a !== "--baseline");
if (unknown.length > 0 || (args.includes("--oracle") && args.includes("--baseline"))) {
  console.error(`usage: npm run eval -- [--json] [--oracle | --baseline]${unknown.length > 0 ? ` (unknown: ${unknown.join(" ")})` : ""}`);
  process.exit(2);
}
const json = args.includes("--json");
const oracle = args.includes("--oracle");
const baseline = args.includes("--baseline");

const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
if (!existsSync(dist)) {
  console.log("eval: the package is not built (dist/index.js is missing): run npm run build first.");
  process.exit(0);
}
const pkg = await import(pathToFileURL(dist).href);
const manifest = fileURLToPath(new URL("../tests/corpus/manifest.yaml", import.meta.url));
const corpus = loadCorpus(manifest);
const ctx = { parseQuantity: pkg.parseQuantity };

let pipeline;
let title;
if (oracle) {
  pipeline = oraclePipeline(corpus.texts, pkg.check);
  title = "oracle: the gold proposed as it is, checked with check()";
} else if (baseline) {
  pipeline = baselinePipeline(pkg.scanText);
  title = "baseline: every quantity the scanner finds, no unit, no relation; checked with scanText()";
} else if (typeof pkg.proposeClaims === "function" && typeof pkg.checkText === "function") {
  pipeline = { proposeClaims: pkg.proposeClaims, checkText: pkg.checkText };
  title = "proposer: proposeClaims and checkText of dist/index.js";
} else {
  console.log("eval: the proposer is not built (dist/index.js exports no proposeClaims/checkText); nothing to measure yet (npm run eval -- --oracle scores the gold itself).");
  process.exit(0);
}
const results = scoreCorpus(corpus, pipeline, ctx);
const measured = new Date().toISOString().slice(0, 10);
const mode = oracle ? "oracle" : baseline ? "baseline" : "proposer";
if (json) console.log(JSON.stringify({ measured, mode, ...results }, null, 2));
else console.log(`${formatResults(results, { title })}\nmeasured ${measured}`);
