/**
 * The desk's analysis (src/desk/view.ts), as the worker runs it: the seed article's numbers,
 * relations, findings and coverage; edits that follow the words, not positions; exports that check
 * to the same findings; and no throw on any text or edit.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check, checkText, toJsonReport } from "../../src/index.js";
import { analyseDesk, claimSignature, exportClaims, exportHtml, relationSignature, type DeskAnalysis } from "../../src/desk/view.js";

const seed = readFileSync("claims/seed/article.txt", "utf8");
const PUBLISHED = "2017-09-01";
const shape = (findings: ReadonlyArray<{ severity: string; ruleId: string; message: string; location?: { start: number; end: number }; start?: number; end?: number }>) =>
  findings.map((f) => [f.severity, f.ruleId, f.message, f.location?.start ?? f.start, f.location?.end ?? f.end]);
const relation = (a: DeskAnalysis, kind: string, arithmetic: string) => a.view.relations.find((r) => r.kind === kind && r.arithmetic === arithmetic);

describe("analyseDesk on the seed article", () => {
  const a = analyseDesk({ text: seed, published: PUBLISHED });

  it("proposes the part-of 13 ≤ 37 and the cumulative with its derived previous total", () => {
    expect(a.view.relations.map((r) => [r.kind, r.cue, r.origin, r.on, r.status, r.arithmetic])).toEqual([
      ["cumulative", "raising … to", "proposed", true, "holds", "at least 624 (derived) + 61 = at least 685"],
      ["part-of", "of these", "proposed", true, "holds", "13 ≤ 37"],
      ["part-of", "total number of reports … total number of credible reports", "suggested", false, "holds", "164 ≤ 1169"],
      // The same figure with the same noun written again: suggested restatements.
      ["equal", "61 … 61", "suggested", false, "holds", "61 = 61"],
      ["equal", "at least 685 … at least 685", "suggested", false, "holds", "at least 685 = at least 685 = at least 685"],
    ]);
    // 685 − 61 = 624, by hand.
    expect(a.view.derived).toEqual([{ claim: "n3-previous", min: 624, max: null, interval: "[624, ∞)", exact: "[624, ∞)", unit: "death" }]);
  });

  it("ties each relation to its numbers in the text", () => {
    const partOf = relation(a, "part-of", "13 ≤ 37")!;
    expect(partOf.numbers.map((n) => a.view.numbers[n]!.text)).toEqual(["13", "37"]);
    const cumulative = relation(a, "cumulative", "at least 624 (derived) + 61 = at least 685")!;
    expect(cumulative.numbers.map((n) => a.view.numbers[n]!.text)).toEqual(["61", "at least 685"]);
    const n13 = a.view.numbers.find((n) => n.text === "13")!;
    expect(seed.slice(n13.start, n13.end)).toBe("13");
    expect(n13.relations).toEqual([1]);
  });

  it("reports what checkText reports, with the spans", () => {
    expect(a.view.verdict).toBe("consistent");
    expect(shape(a.view.findings)).toEqual(shape(checkText(seed, { published: PUBLISHED }).findings));
    const accessed = a.view.findings.find((f) => f.ruleId === "quote-confusable")!;
    expect(accessed.severity).toBe("warning");
    expect(seed.slice(accessed.start, accessed.end)).toBe("accessed");
    expect(accessed.start).toBe(seed.indexOf("accessed"));
  });

  it("gives every number of the text with its kind, and the CLI's coverage line", () => {
    expect(a.view.numbers.map((n) => `${n.text}:${n.kind}`)).toEqual([
      "61:count", "2014:year", "at least 685:count", "37:count", "13:count", "61:count", "a total of 455:count", "at least 685:count", "August 2014:date",
      "at least 685:count", "March 14:date", "27:count", "August 2014:date", "July 2017:date", "a total of 24,160:count", "1169:count", "164:count",
    ]);
    const json = toJsonReport([checkText(seed, { published: PUBLISHED })]);
    expect(a.view.coverage).toBe(json.files[0]!.coverage!.message);
    expect(a.view.coverage).toBe("coverage: 9 of 17 numbers in a checked relation; 8 in none (5 not a quantity, 2 no cue, 1 different nouns)");
  });
});

describe("dates", () => {
  it("reads dates without a year against the published date", () => {
    const dates = (published: string) =>
      analyseDesk({ text: seed, published })
        .view.numbers.filter((n) => n.date)
        .map((n) => [n.text, n.date]);
    // The latest March 14 on or before the published date, by hand.
    expect(dates("2017-09-01")).toEqual([
      ["August 2014", { unit: "2014-08" }],
      ["March 14", { unit: "2017-03-14", against: "2017-09-01" }],
      ["August 2014", { unit: "2014-08" }],
      ["July 2017", { unit: "2017-07" }],
    ]);
    expect(dates("2017-01-10")[1]).toEqual(["March 14", { unit: "2016-03-14", against: "2017-01-10" }]);
    expect(dates("")[1]).toEqual(["March 14", { unread: "needs the published date" }]);
  });
});

describe("edits", () => {
  const text = "It investigated 37 reports. Of these, 40 were credible.";

  it("switches a proposed relation off, and the report changes", () => {
    const before = analyseDesk({ text });
    expect(before.view.verdict).toBe("inconsistent");
    const sig = before.view.relations[0]!.signature;
    expect(sig).toBe("part-of|part=40#1|whole=37#1");
    const after = analyseDesk({ text, edits: { relations: { [sig]: "off" } } });
    expect(after.view.verdict).toBe("consistent");
    expect(after.view.relations[0]).toMatchObject({ on: false, status: "off" });
    expect(after.view.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(after.view.coverage).toBe("coverage: 0 of 2 numbers in a checked relation; 2 in none; 1 relation switched off");
  });

  it("keeps an edit when the text changes elsewhere (edits follow the words)", () => {
    const sig = analyseDesk({ text }).view.relations[0]!.signature;
    const longer = analyseDesk({ text: `A new first sentence. ${text} The end.`, edits: { relations: { [sig]: "off" } } });
    expect(longer.view.relations[0]).toMatchObject({ signature: sig, status: "off" });
    expect(longer.view.verdict).toBe("consistent");
  });

  it("confirms a suggested relation: it is then checked as proposed", () => {
    const a = analyseDesk({ text: seed, published: PUBLISHED });
    const suggested = a.view.relations.find((r) => r.origin === "suggested")!;
    const b = analyseDesk({ text: seed, published: PUBLISHED, edits: { relations: { [suggested.signature]: "on" } } });
    const confirmed = b.view.relations.find((r) => r.signature === suggested.signature)!;
    expect(confirmed).toMatchObject({ origin: "suggested", on: true, status: "holds" });
    expect(exportClaims(b)).toMatch(/\n {2}- \{ kind: "part-of", part: "n17-reports", whole: "n16-reports", .*standing: "proposed" \}\n/);
  });

  it("edits a claim's value: the relation fails, and the quote that no longer holds it is named", () => {
    const ok = analyseDesk({ text: "It investigated 37 reports. Of these, 13 were credible." });
    expect(ok.view.verdict).toBe("consistent");
    const claim = ok.view.claims.find((c) => c.value === "13")!;
    expect(claim.signature).toBe("13#1");
    const edited = analyseDesk({ text: "It investigated 37 reports. Of these, 13 were credible.", edits: { claims: { [claim.signature]: { value: "40" } } } });
    expect(edited.view.verdict).toBe("inconsistent");
    expect(edited.view.relations[0]!.status).toBe("fails");
    expect(edited.view.claims.find((c) => c.id === claim.id)).toMatchObject({ value: "40", edited: true });
    expect(edited.view.findings.map((f) => f.ruleId).sort()).toEqual(["claim-anchor", "part-of"]);
  });

  it("an edit to a value that is not one is an input error in words, not a throw", () => {
    const a = analyseDesk({ text: "It investigated 37 reports. Of these, 13 were credible.", edits: { claims: { "13#1": { value: "lots" } } } });
    expect(a.view.verdict).toBe("invalid");
    expect(a.view.errors).toHaveLength(1);
    expect(a.view.errors[0]).toMatch(/^at claims\.n2\.value: expected a number as written/);
    expect(a.view.relations[0]!.status).toBe("unchecked");
  });
});

describe("exports", () => {
  const texts = [seed, "It investigated 37 reports. Of these, 40 were credible.", "There were 14 in Leeds, 9 in York and 6 in Hull, 31 in all.", ""];
  for (const text of texts) {
    it(`the claims file checks to the page's findings: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const a = analyseDesk({ text, published: PUBLISHED });
      const again = check(parse(exportClaims(a)) as unknown);
      expect(again.verdict).toBe(a.view.verdict);
      expect(shape(again.findings)).toEqual(shape(a.view.findings));
      expect(again.derived).toEqual(a.view.derived);
    });
  }

  it("with edits: switched-off relations are commented out, edited claims written as edited", () => {
    const text = "It investigated 37 reports. Of these, 40 were credible.";
    const sig = relationSignature({ kind: "part-of", part: "a", whole: "b" }, { a: { quote: "40" }, b: { quote: "37" } });
    const a = analyseDesk({ text, edits: { relations: { [sig]: "off" }, claims: { "37#1": { value: "47", quote: "37" } } } });
    const yaml = exportClaims(a);
    expect(yaml).toContain('  # switched off (uncomment to keep): part-of, cue "Of these" (previous-sentence)\n  # - { kind: "part-of"');
    expect(yaml).toContain("relations: []");
    expect(yaml).toContain('value: "47"');
    const again = check(parse(yaml) as unknown);
    expect(shape(again.findings)).toEqual(shape(a.view.findings));
  });

  it("the HTML report is the formatter's page for the same result", () => {
    const a = analyseDesk({ text: seed, published: PUBLISHED });
    const html = exportHtml(a);
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).toContain("accessed");
    expect(html).not.toMatch(/<script/i);
  });
});

describe("signatures", () => {
  it.each([
    ["n5", { value: "13", quote: "13" }, "13#1"],
    ["n9", { value: "3", quote: "3", occurrence: 4 }, "3#4"],
    ["total", { value: 685 }, "=total"],
    ["x", 12, "=x"],
  ])("claimSignature(%s, %j) is %s", (id, claim, expected) => {
    expect(claimSignature(id, claim)).toBe(expected);
  });
});

describe("never throws", () => {
  it("on any text, date and edit", () => {
    const edit = fc.record({ value: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), unit: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }) });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom(seed, "Of 37 reports, 13 were credible.", "It rose 8% from £900 to £990.")),
        fc.oneof(fc.constant(""), fc.string({ maxLength: 12 }), fc.constant("2017-09-01")),
        fc.dictionary(fc.constantFrom("13#1", "37#1", "61#1", "=n3-previous"), edit, { maxKeys: 2 }),
        fc.dictionary(fc.string({ maxLength: 30 }), fc.constantFrom("on" as const, "off" as const), { maxKeys: 2 }),
        (text, published, claims, relations) => {
          const a = analyseDesk({ text, published, edits: { claims, relations } });
          expect(["consistent", "inconsistent", "undecidable", "invalid"]).toContain(a.view.verdict);
          expect(typeof exportClaims(a)).toBe("string");
        },
      ),
      { numRuns: 150 },
    );
  }, 180_000);

  it("on an imported file of any shape", () => {
    fc.assert(
      fc.property(fc.anything(), (content) => {
        const a = analyseDesk({ text: "Of 37 reports, 13 were credible.", imported: content });
        expect(["consistent", "inconsistent", "undecidable", "invalid"]).toContain(a.view.verdict);
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
