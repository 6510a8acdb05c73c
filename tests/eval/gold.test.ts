/**
 * The corpus of `npm run eval` (tests/corpus/): the manifest lists at least 40 texts, each with
 * its source, licence and origin, and at least 100 sentences with numbers and no relation; each
 * gold file is a valid claims file once `cue` and `standing` are stripped, every correct text's
 * gold checks without an error, and every incorrect text's gold fails exactly the relations the
 * manifest names.
 */
import { describe, expect, it } from "vitest";
import { locateClaims } from "../../scripts/eval/anchor.mjs";
import { loadCorpus } from "../../scripts/eval/corpus.mjs";
import { relationIdsOf, stripGold } from "../../scripts/eval/gold.mjs";
import { check } from "../../src/check/check.js";
import { parseQuantity } from "../../src/numbers/quantity.js";

const corpus = loadCorpus("tests/corpus/manifest.yaml");
type Relation = { id?: string; kind: string; cue?: unknown; standing?: unknown };
type Claim = { value?: string | number; unknown?: boolean; quote?: string; note?: string };

describe("the manifest", () => {
  it("lists at least 40 texts, each with its source, licence, origin and standing", () => {
    expect(corpus.manifest.texts.length).toBeGreaterThanOrEqual(40);
    for (const t of corpus.manifest.texts) {
      expect(t.source, t.id).toMatch(/\S/);
      expect(t.licence, t.id).toMatch(/\S/);
      expect(["real-figures", "constructed"], t.id).toContain(t.origin);
      expect(typeof t.correct, t.id).toBe("boolean");
      expect(t.fails === undefined || !t.correct, `${t.id}: only an incorrect text names failing relations`).toBe(true);
      if (!t.correct) expect(t.fails?.length, `${t.id}: an incorrect text names the relations that fail`).toBeGreaterThan(0);
      if (t.origin === "constructed") expect(t.licence, t.id).toBe("MIT (this repository)");
    }
  });

  it("has real-figure texts and constructed texts, correct ones and incorrect ones, with no text twice", () => {
    const origins = corpus.texts.map((t) => t.origin);
    expect(origins.filter((o) => o === "real-figures").length).toBeGreaterThanOrEqual(8);
    expect(origins.filter((o) => o === "constructed").length).toBeGreaterThanOrEqual(30);
    expect(corpus.texts.filter((t) => !t.correct).length).toBeGreaterThanOrEqual(5);
    expect(new Set(corpus.texts.map((t) => t.id)).size).toBe(corpus.texts.length);
    expect(new Set(corpus.texts.map((t) => t.text)).size).toBe(corpus.texts.length);
  });

  it("has at least 100 sentences with a number and no relation, none twice", () => {
    expect(corpus.sentences.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.sentences).size).toBe(corpus.sentences.length);
    for (const s of corpus.sentences) expect(s, s).toMatch(/[0-9]/);
  });
});

describe.each(corpus.texts.map((t) => [t.id, t] as const))("gold %s", (id, t) => {
  const file = t.gold as { document: { id: string; textFile: string }; claims: Record<string, Claim>; relations: Relation[] };

  it("names its text and its id as the manifest does", () => {
    expect(file.document.id).toBe(id);
    expect(file.document.textFile).toBe(`${id}.txt`);
  });

  it("gives every relation an id, a cue and a standing, and every stated number a quote found in the text", () => {
    const ids = file.relations.map((r) => r.id);
    expect(ids.every((x) => typeof x === "string")).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of file.relations) {
      expect(typeof r.cue === "string" && r.cue.trim() !== "", `${r.id}: cue`).toBe(true);
      expect(["proposed", "suggested"], `${r.id}: standing`).toContain(r.standing);
    }
    for (const [cid, c] of Object.entries(file.claims)) {
      if (c.value !== undefined && c.quote === undefined) expect(c.note, `${cid}: a quoteless figure says in a note what words give it`).toBeDefined();
    }
    expect(locateClaims(file, t.text, { parseQuantity }).unplaced).toEqual([]);
  });

  if (t.correct) {
    it("checks without an error once cue and standing are stripped", () => {
      const r = check(stripGold(file), { texts: { [id]: t.text } });
      expect(r.errors).toEqual([]);
      expect(r.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
      expect(r.verdict).toBe("consistent");
    });
  } else {
    it(`fails exactly ${t.fails?.join(", ")}`, () => {
      const r = check(stripGold(file), { texts: { [id]: t.text } });
      expect(r.errors).toEqual([]);
      const errors = r.findings.filter((f) => f.severity === "error");
      const named = new Set(errors.flatMap((f) => relationIdsOf(f)));
      for (const rel of t.fails ?? []) expect([...named], rel).toContain(rel);
      for (const f of errors) expect(relationIdsOf(f).some((x) => t.fails?.includes(x)), f.message).toBe(true);
      expect(r.verdict).toBe("inconsistent");
    });
  }
});
