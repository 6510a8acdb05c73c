/**
 * The scorer of `npm run eval` (scripts/eval/) on tiny hand-made cases: the gold as its own
 * proposal scores 1.0 everywhere, a dropped relation lowers recall and a wrong role binding
 * lowers precision by the amounts computed by hand, and the mutations rewrite numbers as the
 * table says.
 */
import { describe, expect, it } from "vitest";
import { findQuote, foldUnit, locateClaims, numeralOf } from "../../scripts/eval/anchor.mjs";
import { cueFamily } from "../../scripts/eval/cues.mjs";
import { digitSwap, offByOne, partAboveWhole, percentPoints, timesTen } from "../../scripts/eval/mutate.mjs";
import { oraclePipeline } from "../../scripts/eval/oracle.mjs";
import { scoreCorpus, type Corpus, type Pipeline } from "../../scripts/eval/score.mjs";
import { stripGold } from "../../scripts/eval/gold.mjs";
import { check } from "../../src/check/check.js";
import { parseQuantity } from "../../src/numbers/quantity.js";

const ctx = { parseQuantity };

const text = "Of the 48 complaints received, 19 were upheld and 29 were not. Nine new cases took the total to 214.";
const gold = {
  document: { id: "tiny", textFile: "tiny.txt" },
  claims: {
    received: { value: 48, unit: "complaint", quote: "48 complaints" },
    upheld: { value: 19, unit: "complaint", quote: "19 were upheld" },
    rejected: { value: 29, unit: "complaint", quote: "29 were not" },
    added: { value: "nine", unit: "case", quote: "Nine new cases" },
    total: { value: 214, unit: "case", quote: "to 214" },
    before: { unknown: true, unit: "case" },
  },
  relations: [
    { id: "upheld-of-received", kind: "part-of", part: "upheld", whole: "received", cue: "Of the", standing: "proposed" },
    { id: "total", kind: "cumulative", previous: "before", added: "added", total: "total", cue: "took the total to", standing: "proposed" },
    { id: "outcomes", kind: "sum", parts: ["upheld", "rejected"], total: "received", cue: "Of the … and", standing: "suggested" },
  ],
};
type Gold = typeof gold;

/** A corpus of the one tiny text, with no non-relation sentences unless given. */
const corpusOf = (g: Gold = gold, sentences: string[] = []): Corpus => ({ texts: [{ id: "tiny", text, gold: g, correct: true, origin: "constructed" }], sentences });

/** A pipeline that proposes the given file and finds nothing wrong with any text. */
const proposing = (claimsFile: unknown): Pipeline => ({ proposeClaims: () => ({ claimsFile: claimsFile as Gold }), checkText: () => ({ findings: [] }) });

describe("the scorer", () => {
  it("scores the gold as its own proposal 1.0 everywhere", () => {
    const r = scoreCorpus(corpusOf(), oraclePipeline([{ text, gold }], check), ctx);
    expect(r.claims.valueF1).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.claims.valueUnitF1).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.relations.overall).toMatchObject({ proposed: 2, precision: 1, goldExplicit: 2, recallExplicit: 1, goldAll: 3, recallAll: 1 });
    expect(r.errorsOnCorrect.errors).toBe(0);
    expect(r.targets.slice(0, 4).map((t) => t.met)).toEqual([true, true, true, true]);
  });

  it("catches the mutations the gold relations rule out, counted by hand", () => {
    // Mutated: 19 and 48 of the part-of (the sum 19 + 29 = 48 catches each change: 4 + 3 tries),
    // and 214 of the cumulative, whose unknown previous total absorbs every change (3 tries).
    // Skipped: "Nine" (words, 5), percent ↔ points of 19, 48, 214 (3), a part above the whole
    // for the wholes 48 and 214 (2).
    const r = scoreCorpus(corpusOf(), oraclePipeline([{ text, gold }], check), ctx);
    expect(r.mutations.overall).toEqual({ trials: 10, caught: 7, skipped: 10, rate: 0.7 });
    expect(r.mutations.byKind.map((m) => [m.name, m.trials, m.caught, m.skipped])).toEqual([
      ["digit-swap", 3, 2, 1],
      ["times-ten", 3, 2, 1],
      ["percent-points", 0, 0, 4],
      ["off-by-one", 3, 2, 1],
      ["part-above-whole", 1, 1, 3],
    ]);
    expect(r.targets.find((t) => t.name === "mutations caught")?.met).toBe(false);
  });

  it("lowers recall when a relation is dropped: 1 of 2 explicit, 2 of 3 overall", () => {
    const proposal = { ...gold, relations: [gold.relations[0]!, gold.relations[2]!] };
    const r = scoreCorpus(corpusOf(), proposing(proposal), ctx);
    expect(r.relations.overall).toMatchObject({ proposed: 1, matchedProposed: 1, precision: 1, recallExplicit: 0.5, matchedAll: 2 });
    expect(r.relations.overall.recallAll).toBeCloseTo(2 / 3, 12);
    expect(r.relations.byKind.find((k) => k.name === "cumulative")).toMatchObject({ goldExplicit: 1, matchedExplicit: 0, recallExplicit: 0 });
  });

  it("lowers precision when a role is bound to the wrong claim: 1 of 2 proposals right", () => {
    const proposal = {
      ...gold,
      relations: [{ ...gold.relations[0]!, part: "rejected", whole: "upheld" }, gold.relations[1]!],
    };
    const r = scoreCorpus(corpusOf(), proposing(proposal), ctx);
    expect(r.relations.overall).toMatchObject({ proposed: 2, matchedProposed: 1, precision: 0.5, recallExplicit: 0.5 });
  });

  it("counts a relation proposed from a non-relation sentence against precision", () => {
    const sentence = "The two plants employ 1,400 and 950 workers respectively.";
    const sentenceFile = {
      claims: { a: { value: "1,400", unit: "worker", quote: "1,400" }, b: { value: 950, unit: "worker", quote: "950 workers" } },
      relations: [{ kind: "part-of", part: "b", whole: "a", standing: "proposed" }],
    };
    const pipeline: Pipeline = {
      proposeClaims: (t) => ({ claimsFile: (t === text ? gold : sentenceFile) as Gold }),
      checkText: () => ({ findings: [] }),
    };
    const r = scoreCorpus(corpusOf(gold, [sentence]), pipeline, ctx);
    expect(r.relations.overall).toMatchObject({ proposed: 3, matchedProposed: 2 });
    expect(r.relations.overall.precision).toBeCloseTo(2 / 3, 12);
  });

  it("matches claims by overlapping number spans and equal values; value + unit folds case and plural", () => {
    const proposal = {
      claims: {
        p1: { value: 48, unit: "Complaints", quote: "the 48" },
        p2: { value: 19, unit: "case", quote: "19" },
        p3: { value: 30, unit: "complaint", quote: "29 were not" },
      },
    };
    const r = scoreCorpus(corpusOf(), proposing(proposal), ctx);
    // Gold: 48, 19, 29, nine, 214 (5 claims). Proposed: 3. Values right: 48 and 19; units right: 48.
    expect(r.claims).toMatchObject({ gold: 5, proposed: 3, value: 2, valueUnit: 1 });
    expect(r.claims.valueF1.precision).toBeCloseTo(2 / 3, 12);
    expect(r.claims.valueF1.recall).toBeCloseTo(2 / 5, 12);
  });

  it("compares values by size, and puts the sign with the unit: \"6\" is the value of \"down 6 points\"", () => {
    const t = "Turnout was 58%, down 6 points from 64%.";
    const g = { claims: { change: { value: "down 6 points", quote: "down 6 points" } } };
    const p = { claims: { six: { value: 6, unit: "points", quote: "6 points" } } };
    const corpus: Corpus = { texts: [{ id: "t", text: t, gold: g, correct: true, origin: "constructed" }], sentences: [] };
    const r = scoreCorpus(corpus, proposing(p), ctx);
    expect(r.claims).toMatchObject({ gold: 1, proposed: 1, value: 1, valueUnit: 0 });
  });

  it("counts error findings on correct texts and on the sentences", () => {
    const pipeline: Pipeline = {
      proposeClaims: () => ({ claimsFile: {} }),
      checkText: (t) => ({ findings: t.includes("respectively") ? [{ severity: "error", ruleId: "sum" }, { severity: "info", ruleId: "sum" }] : [] }),
    };
    const r = scoreCorpus(corpusOf(gold, ["Districts 4 and 7 recorded 212 and 180 complaints respectively."]), pipeline, ctx);
    expect(r.errorsOnCorrect).toMatchObject({ errors: 1, byRule: { sum: 1 }, where: ["sentence 1"] });
    expect(r.targets.find((t) => t.name === "errors on correct texts")?.met).toBe(false);
  });
});

describe("coverage", () => {
  it("adds up the numbers of each proposal's coverage, one level deep, lists by their length", () => {
    const pipeline: Pipeline = {
      proposeClaims: () => ({ claimsFile: {}, coverage: { numbers: 5, inRelation: 3, reasons: { "no-cue": 2 }, uncovered: ["a", "b"] } }),
      checkText: () => ({ findings: [] }),
    };
    const r = scoreCorpus(corpusOf(gold, ["One sentence with 2 numbers, 3 in all."]), pipeline, ctx);
    expect(r.coverage).toEqual({ numbers: 10, inRelation: 6, "reasons.no-cue": 4, uncovered: 4 });
  });
});

describe("a proposer that throws", () => {
  it("is scored as an empty proposal, and the throw is listed", () => {
    const pipeline: Pipeline = {
      proposeClaims: () => {
        throw new Error("no");
      },
      checkText: () => ({ findings: [] }),
    };
    const r = scoreCorpus(corpusOf(), pipeline, ctx);
    expect(r.failures).toEqual([{ where: "tiny", error: "no" }]);
    expect(r.claims).toMatchObject({ gold: 5, proposed: 0, value: 0 });
    expect(r.relations.overall).toMatchObject({ proposed: 0, precision: null, recallExplicit: 0, recallAll: 0 });
  });
});

describe("mutations", () => {
  it.each([
    ["digit swap", "1,169", digitSwap, "1,196"],
    ["digit swap of a decimal", "4.2", digitSwap, "2.4"],
    ["digit swap, no two digits differ", "11", digitSwap, undefined],
    ["digit swap that would lead with a zero", "40", digitSwap, undefined],
    ["×10", "1,169", timesTen, "11,690"],
    ["×10 of a decimal", "4.2", timesTen, "42"],
    ["×10 of a bare number", "37", timesTen, "370"],
    ["off by one", "1,169", offByOne, "1,170"],
    ["off by one, in the last decimal", "4.2", offByOne, "4.3"],
    ["off by one, carrying", "9.9", offByOne, "10.0"],
    ["percent ↔ points", "4%", percentPoints, "4 percentage points"],
    ["points ↔ percent", "4 percentage points", percentPoints, "4%"],
    ["points ↔ percent, short", "0.8 points", percentPoints, "0.8%"],
    ["percent ↔ points of a bare number", "4", percentPoints, undefined],
    ["part above whole (the whole plus one)", "1,169", partAboveWhole, "1,170"],
    ["a number in words", "sixty-one", offByOne, undefined],
  ] as const)("%s: %s", (_name, from, f, to) => {
    expect(f(from)).toBe(to);
  });
});

describe("anchoring and keys", () => {
  it("finds a quote by occurrence, and the numeral of a value", () => {
    expect(findQuote("61 and 61", "61", 2)).toBe(7);
    expect(findQuote("61 and 61", "61", 3)).toBe(-1);
    expect(numeralOf("at least 1,169")).toBe("1,169");
    expect(numeralOf("$412.5 million")).toBe("412.5");
    expect(numeralOf("sixty-one")).toBe("sixty-one");
  });

  it("locates the number inside its quote; unknown and quoteless claims have no span", () => {
    const { located, unplaced } = locateClaims({ claims: { a: { value: 19, quote: "19 were upheld" }, b: { unknown: true }, c: { value: 2 }, d: { value: 5, quote: "not here" } } }, text, ctx);
    expect(located.map((c) => [c.id, c.start, c.end, c.implicit ?? false])).toEqual([["a", 31, 33, false], ["b", -1, -1, false], ["c", -1, -1, true]]);
    expect(unplaced).toEqual(["d"]);
  });

  it("folds units for case and plural, and names percent and points alike", () => {
    expect(foldUnit("Civilian Deaths")).toBe("civilian death");
    expect(foldUnit("casualties")).toBe("casualty");
    expect(foldUnit("buses")).toBe("bus");
    expect(foldUnit("percent")).toBe("%");
    expect(foldUnit("percentage points")).toBe("points");
  });

  it("groups cues in families", () => {
    expect(cueFamily("raising the total to")).toBe("raising the total to");
    expect(cueFamily("[of these]")).toBe("of these / of whom");
    expect(cueFamily("including")).toBe("including");
    expect(cueFamily("down … percentage points from")).toBe("points");
    expect(cueFamily(undefined)).toBe("(none)");
    // A conversion's cue is its two figures: "up to 10 feet (3 metres)" would read as "change" by its words.
    expect(cueFamily("up to 10 feet (3 metres)")).toBe("change");
    expect(cueFamily("up to 10 feet (3 metres)", "conversion")).toBe("unit in brackets");
  });

  it("compares a measurement by its figure as written and its unit, however the unit is given", () => {
    const t = "The dam is 120 metres (394 feet) high.";
    const keys = (file: Parameters<typeof locateClaims>[0]) => locateClaims(file, t, ctx).located.map((c) => [c.valueKey, c.unitKey]);
    // "120 metres" is kept in metres and "394 feet" in metres (120.09…), but both compare as written.
    expect(keys({ claims: { a: { value: "120 metres", quote: "120 metres" }, b: { value: "394 feet", quote: "394 feet" } } })).toEqual([["120", "m|exact"], ["394", "ft|exact"]]);
    expect(keys({ claims: { a: { value: 120, unit: "metre", quote: "120 metres" }, b: { value: 394, unit: "foot", quote: "394 feet" } } })).toEqual([["120", "m|exact"], ["394", "ft|exact"]]);
  });

  it("strips cue and standing from a gold file so that check() reads it", () => {
    const stripped = stripGold(gold);
    expect(stripped.relations.every((r) => !("cue" in r) && !("standing" in r))).toBe(true);
    expect(check(stripped, { texts: { tiny: text } }).verdict).toBe("consistent");
  });
});
