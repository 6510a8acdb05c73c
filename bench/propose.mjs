/**
 * Benchmark of `proposeClaims`, run by `npm run bench` (or `node bench/run.mjs propose`) against
 * the BUILT library: the seed article, and a text of about 50,000 words built from it with the
 * scanner benchmark's generator, each timed against a `scanNumbers` pass over the same text in
 * the same run (the ratio is what to watch: proposing reads every number the scanner reads, and
 * looks at most three sentences back). Then one sentence of one measurement written again and
 * again ("5 km, 5 km, …") at 4,000 and 16,000 figures: `proposeClaims` must grow as the scanner
 * does (its ratio to `scanNumbers` at most 1.5× larger at 16,000), where a cue that looked back
 * over the whole sentence for each figure, or a quote's occurrence counted by a scan of all its
 * hits, grows as n² (n^2.2 before both were fixed, 10.4 s at 16,000).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { proposeClaims, scanNumbers } from "../dist/index.js";
import { buildCorpus } from "./scanner.mjs";
import { best } from "./timing.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** @param {(line: string) => void} log */
export async function benchPropose(log) {
  const seed = readFileSync(`${root}claims/seed/article.txt`, "utf8");
  // About 6.5 characters a word in the generated text: 330,000 characters is about 50,000 words.
  const large = buildCorpus(330_000);
  const words = large.split(/\s+/).length;
  for (const [name, text, runs] of [
    ["seed article", seed, 50],
    [`generated text (${words} words)`, large, 5],
  ]) {
    const scan = best(runs, () => scanNumbers(text), { warmup: true });
    const propose = best(runs, () => proposeClaims(text), { warmup: true });
    const { coverage } = propose.result;
    log(
      `propose: ${name}: proposeClaims ${propose.ms.toFixed(2)} ms, scanNumbers ${scan.ms.toFixed(2)} ms, ratio ${(propose.ms / scan.ms).toFixed(1)}×` +
        ` (${coverage.numbers} numbers, ${coverage.inRelation} in a relation, ${propose.result.claimsFile.relations.length} relations)`,
    );
  }
  const times = [];
  const ratios = [];
  for (const n of [4000, 16000]) {
    const sentence = `They measured ${"5 km, ".repeat(n)}in all.`;
    const scan = best(5, () => scanNumbers(sentence), { warmup: true });
    const propose = best(5, () => proposeClaims(sentence), { warmup: true });
    times.push(propose.ms);
    ratios.push(propose.ms / scan.ms);
    log(`propose: one sentence of ${n} measurements: proposeClaims ${propose.ms.toFixed(1)} ms, scanNumbers ${scan.ms.toFixed(1)} ms, ratio ${(propose.ms / scan.ms).toFixed(1)}×`);
  }
  const exponent = Math.log(times[1] / times[0]) / Math.log(4);
  const growth = ratios[1] / ratios[0];
  log(
    `propose: one sentence of measurements: proposeClaims grows as n^${exponent.toFixed(2)}; its ratio to scanNumbers at 16,000 is ${growth.toFixed(2)}× the ratio at 4,000 (target ≤ 1.5×, linear as the scanner): ${growth <= 1.5 ? "met" : "NOT met"}`,
  );
}
