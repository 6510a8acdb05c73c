import { describe, expect, it } from "vitest";
import { Rational } from "../../src/numbers/rational.js";
import { scanNumbers } from "../../src/text/scanner.js";
import corpus from "../fixtures/corpus/numbers-corpus.json";
import { misreadings, type CorpusPassage } from "./corpus-reading.js";

// The numbers of the corpus that the scanner still reads otherwise than a careful reader, by
// passage id and span text. A fix makes its entry fail (remove it); a regression fails too.
const KNOWN_MISREADINGS: readonly string[] = [];

describe("the scanner on the numbers corpus (tests/fixtures/corpus/numbers-corpus.json)", () => {
  const passages = corpus.passages as CorpusPassage[];
  const total = passages.reduce((n, p) => n + p.numbers.length, 0);
  const wrong = passages.flatMap((p) => misreadings(p, scanNumbers(p.text)));

  it("has at least 300 hand-annotated numbers, each span inside its passage", () => {
    expect(total).toBeGreaterThanOrEqual(300);
    expect(corpus.count).toBe(total);
    for (const p of passages) for (const n of p.numbers) expect(p.text, p.id).toContain(n.text);
    for (const p of passages) for (const n of p.numbers) if (n.value !== undefined) expect(() => Rational.parse(n.value!), `${p.id} ${n.text}`).not.toThrow();
  });

  it("misreads at most 2 % of the numbers", () => {
    expect(wrong.length / total).toBeLessThanOrEqual(0.02);
  });

  it("misreads exactly the known exceptions", () => {
    expect(wrong.map((w) => w.key)).toEqual(KNOWN_MISREADINGS);
  });
});
