/**
 * The seed article checked with no claims file: the relations a careful reader sees are
 * proposed and checked, the typo is caught, nothing is an error, and the strikes are bound to
 * nothing. Coverage counted by hand: 17 numbers; in relations 61, at least 685, 37, 13, 1169 and
 * 164, and (restated, suggested) the second 61 and the second and third "at least 685"; not
 * quantities "2014", "August 2014" (twice), "March 14", "July 2017"; no cue for 455 and 27;
 * different nouns for 24,160 strikes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkText, proposeClaims } from "../../src/index.js";

const text = readFileSync(new URL("../../claims/seed/article.txt", import.meta.url), "utf8");
const { claimsFile, coverage } = proposeClaims(text, { published: "2017-09-01" });
const claims = claimsFile.claims as Record<string, { value?: string; unknown?: boolean; quote?: string; unit?: string }>;
const relations = claimsFile.relations as unknown as Array<Record<string, unknown>>;
const valueOf = (id: unknown) => claims[String(id)]?.value;

describe("the seed article with no claims file", () => {
  it("proposes 13 of the 37 reports as part-of, from the cue 'of these' in the sentence before", () => {
    const r = relations.find((x) => x.kind === "part-of" && valueOf(x.part) === "13");
    expect(r).toMatchObject({ cue: "of these", window: "previous-sentence", standing: "proposed" });
    expect(valueOf(r!.whole)).toBe("37");
  });

  it("proposes 61 raising the total to at least 685 as cumulative, the previous total unknown", () => {
    const r = relations.find((x) => x.kind === "cumulative");
    expect(r).toMatchObject({ cue: "raising … to", window: "sentence", standing: "proposed" });
    expect(valueOf(r!.added)).toBe("61");
    expect(valueOf(r!.total)).toBe("at least 685");
    expect(claims[String(r!.previous)]).toMatchObject({ unknown: true, unit: "death" });
  });

  it("proposes the 164 credible reports within the 1169 reports, by the nouns of two sentences", () => {
    const r = relations.find((x) => x.kind === "part-of" && valueOf(x.part) === "164");
    expect(r).toMatchObject({ window: "previous-sentence", standing: "suggested", cue: "total number of reports … total number of credible reports" });
    expect(valueOf(r!.whole)).toBe("1169");
  });

  it("binds the 24,160 strikes to nothing (a total of a different noun)", () => {
    const id = Object.keys(claims).find((k) => claims[k]!.value === "a total of 24,160")!;
    expect(claims[id]!.unit).toBe("strike");
    expect(JSON.stringify(relations)).not.toContain(`"${id}"`);
  });

  it("anchors every claim to exactly its span", () => {
    for (const c of Object.values(claims)) if (!c.unknown) expect(text).toContain(c.quote);
    const result = checkText(text, { published: "2017-09-01" });
    expect(result.findings.filter((f) => f.ruleId === "claim-anchor")).toEqual([]);
  });

  it("checks: the 'accessed' warning, no error, the previous total derived as [624, ∞)", () => {
    const result = checkText(text, { published: "2017-09-01" });
    expect(result.verdict).toBe("consistent");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.findings.some((f) => f.ruleId === "quote-confusable" && f.severity === "warning" && f.message.includes('"accessed"'))).toBe(true);
    expect(result.derived.find((d) => d.claim.endsWith("-previous"))).toMatchObject({ min: 624, max: null, interval: "[624, ∞)" });
  });

  it("counts the coverage as by hand", () => {
    expect(coverage).toEqual({
      numbers: 17,
      inRelation: 9,
      unbound: 8,
      reasons: [
        { reason: "not a quantity", count: 5 },
        { reason: "no cue", count: 2 },
        { reason: "different nouns", count: 1 },
      ],
    });
    expect(checkText(text).coverage).toEqual(coverage);
  });

  it("suggests the three \"at least 685\" and the two 61 deaths as one figure restated", () => {
    const equal = relations.filter((x) => x.kind === "equal").map((x) => [x.standing, (x.claims as string[]).map(valueOf)]);
    expect(equal).toEqual([
      ["suggested", ["61", "61"]],
      ["suggested", ["at least 685", "at least 685", "at least 685"]],
    ]);
  });

  it("finds an error when a proposed relation fails, naming its cue", () => {
    const wrong = text.replace("to at least 685", "to 60");
    const result = checkText(wrong);
    const error = result.findings.find((f) => f.severity === "error");
    expect(error?.ruleId).toBe("cumulative");
    expect(error?.message).toContain('(proposed from the cue "raising … to")');
  });

  it("reports a failing suggested relation as info, never as an error", () => {
    const wrong = text.replace("was 164", "was 1640");
    const result = checkText(wrong, { severity: { "part-of": "error" } });
    const f = result.findings.find((x) => x.ruleId === "part-of");
    expect(f?.severity).toBe("info");
    expect(f?.message).toContain("suggested from the cue");
    expect(result.findings.filter((x) => x.severity === "error")).toEqual([]);
  });
});
