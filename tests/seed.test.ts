/**
 * The seed article, encoded in claims/seed/claims.yaml, checked end to end; then mutated copies
 * of it (built from the YAML in code) that a wrong engine would get wrong.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check, type CheckOptions, type CheckResult } from "../src/check/check.js";
import type { ReportedFinding } from "../src/report/report.js";
import { checkFile } from "../src/node/load.js";

const SEED = "claims/seed/claims.yaml";
const DOC = "coalition-civcas-2017-07";
const RELATION_KINDS = new Set(["equal", "part-of", "sum", "cumulative", "percent-of", "change", "compare"]);

const yamlSource = readFileSync(SEED, "utf8");
const article = readFileSync("claims/seed/article.txt", "utf8");

type ClaimsFile = {
  document: { id: string };
  claims: Record<string, Record<string, unknown>>;
  relations: Array<Record<string, unknown>>;
};

/** A fresh, mutable copy of the seed's content. */
const seed = (): ClaimsFile => parse(yamlSource) as ClaimsFile;

/** Checks (mutated) content with the article (or a mutated article) as the document's text. */
function checkSeed(input: ClaimsFile, text = article, options: CheckOptions = {}): CheckResult {
  return check(input, { file: SEED, texts: { [DOC]: text }, ...options });
}

const errors = (r: CheckResult): ReportedFinding[] => r.findings.filter((f) => f.severity === "error");
const arithmetic = (r: CheckResult): ReportedFinding[] => r.findings.filter((f) => RELATION_KINDS.has(f.ruleId));

/** Replaces exactly one occurrence of `from` in the article. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1).toBe(1);
  return text.replace(from, to);
}

describe("the seed claim set", () => {
  it("is consistent, with no arithmetic finding and no error", async () => {
    const r = await checkFile(SEED);
    expect(r.errors).toEqual([]);
    expect(r.verdict).toBe("consistent");
    expect(arithmetic(r)).toEqual([]);
    expect(errors(r)).toEqual([]);
  });

  it("derives the previous death toll (at least 624) and the earlier credible reports (151)", async () => {
    const r = await checkFile(SEED);
    // "another 61 … raising the number … to at least 685": 685 − 61 = 624, and more if the total is above 685.
    // "The total number of credible reports … was 164", of which July's 13: 164 − 13 = 151.
    expect(r.derived).toEqual([
      { claim: "prior-deaths", min: 624, max: null, interval: "[624, ∞)", exact: "[624, ∞)", unit: "civilian death" },
      { claim: "prior-credible", min: 151, max: 151, interval: "{151}", exact: "{151}", unit: "report" },
    ]);
  });

  it("encodes every figure of the article as a claim", () => {
    const s = seed();
    const values = Object.values(s.claims)
      .filter((c) => c.value !== undefined)
      .map((c) => String(c.value));
    // 61 (twice), 37, 13, 685 (three times), 455, 24,160, 1169, 164, 27.
    expect(values.sort()).toEqual(
      ["61", "61", "37", "13", "at least 685", "at least 685", "at least 685", "a total of 455", "24,160", "1169", "164", "27"].sort(),
    );
  });

  it("reads the same through check() with the text passed in as through checkFile()", async () => {
    const fromFile = await checkFile(SEED);
    const inMemory = checkSeed(seed());
    expect(inMemory.verdict).toBe(fromFile.verdict);
    // The same findings, but for where each claim is written in the file (`source`), which only the loader knows.
    expect(inMemory.findings).toEqual(fromFile.findings.map(({ source: _, ...f }) => f));
    expect(inMemory.derived).toEqual(fromFile.derived);
  });
});

describe("mutated seeds", () => {
  it("a stated previous total of 603: one cumulative error naming exactly prior, added and total", () => {
    const s = seed();
    s.claims["prior-deaths"] = { value: 603, unit: "civilian death" };
    const r = checkSeed(s);
    expect(r.verdict).toBe("inconsistent");
    const [only, ...more] = errors(r);
    expect(more).toEqual([]);
    expect(only?.ruleId).toBe("cumulative");
    expect(only?.claims).toEqual(["july-deaths", "total-deaths-lede", "prior-deaths"]);
    // 603 + 61 = 664 < 685.
    expect(only?.expected).toBe("664");
    expect(only?.actual).toBe("at least 685");
    expect(only?.message).toMatch(/^603 \(previous\) \+ 61 \(added\) = 664, but the total is stated as "at least 685"/);
    // It points at "at least 685" in "to at least 685" (line 1 of the article): the value with its qualifier.
    expect(only?.location?.line).toBe(1);
    expect(article.slice(only!.location!.start, only!.location!.end)).toBe("at least 685");
  });

  it("a stated previous total of 624 or more fits (624 + 61 = 685, 700 + 61 = 761 ≥ 685); 623 does not", () => {
    for (const prior of [624, 625, 700]) {
      const s = seed();
      s.claims["prior-deaths"] = { value: prior, unit: "civilian death" };
      expect(checkSeed(s).verdict).toBe("consistent");
    }
    const s = seed();
    s.claims["prior-deaths"] = { value: 623, unit: "civilian death" }; // 623 + 61 = 684 < 685
    expect(errors(checkSeed(s)).map((f) => f.ruleId)).toEqual(["cumulative"]);
  });

  it("40 credible of 37 investigated: a part-of error", () => {
    const s = seed();
    s.claims["july-credible"]!.value = 40;
    s.claims["july-credible"]!.quote = "40 were accessed to be credible";
    const text = edit(article, "13 were accessed", "40 were accessed");
    const r = checkSeed(s, text);
    expect(r.verdict).toBe("inconsistent");
    const [only, ...more] = errors(r);
    expect(more).toEqual([]);
    expect(only?.ruleId).toBe("part-of");
    expect(only?.claims).toEqual(["july-investigated", "july-credible"]);
    expect(only?.expected).toBe("at least 40");
    expect(only?.actual).toBe("37");
    expect(text.slice(only!.location!.start, only!.location!.end)).toBe("37");
    // The other relation July's credible reports take part in still derives: 164 − 40 = 124.
    expect(r.derived.find((d) => d.claim === "prior-credible")?.interval).toBe("{124}");
  });

  it("a deadliest incident of 72 within a month of 61: a part-of error", () => {
    const s = seed();
    s.claims["deadliest-incident"]!.value = 72;
    s.claims["deadliest-incident"]!.quote = "72 civilians";
    const r = checkSeed(s, edit(article, "27 civilians", "72 civilians"));
    const [only, ...more] = errors(r);
    expect(more).toEqual([]);
    expect(only?.ruleId).toBe("part-of");
    expect(only?.claims).toEqual(["july-deaths", "deadliest-incident"]);
    expect(only?.expected).toBe("at least 72");
  });

  it("the lede and the body disagreeing on July's deaths (61 and 62): an equal error", () => {
    const s = seed();
    s.claims["july-deaths"]!.value = 62;
    s.claims["july-deaths"]!.quote = "resulting in 62 unintentional civilian deaths";
    const r = checkSeed(s, edit(article, "resulting in 61", "resulting in 62"));
    const found = errors(r);
    expect(found.map((f) => f.ruleId)).toEqual(["equal"]);
    expect(found[0]?.claims).toEqual(["july-deaths-lede", "july-deaths"]);
  });

  it("more credible and open reports than reports in all (164 + 455 = 619 > 600): a part-of error", () => {
    const s = seed();
    s.claims["total-reports"]!.value = 600;
    s.claims["total-reports"]!.quote = "was 600";
    const r = checkSeed(s, edit(article, "was 1169", "was 600"));
    const found = errors(r);
    expect(found.map((f) => f.ruleId)).toEqual(["part-of"]);
    expect(found[0]?.claims).toEqual(["open-reports", "total-reports", "total-credible"]);
    expect(found[0]?.expected).toBe("at least 619");
  });
});
