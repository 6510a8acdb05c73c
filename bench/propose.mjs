/**
 * Benchmark of `proposeClaims`, run by `npm run bench` (or `node bench/run.mjs propose`) against
 * the BUILT library: the seed article, and a text of about 50,000 words built from it with the
 * scanner benchmark's generator, each timed against a `scanNumbers` pass over the same text in
 * the same run (the ratio is what to watch: proposing reads every number the scanner reads, and
 * looks at most three sentences back).
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
}
