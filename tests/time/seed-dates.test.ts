/**
 * The seed article's dates (claims/seed/claims.yaml): "released on Friday" (2017-09-01, a
 * Friday), "during the month of July", "a March 14 strike", "since 2014", "since August 2014",
 * "From August 2014 to July 2017", and the release's publication after July. Then mutated copies
 * that a wrong reading of dates would get wrong.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check } from "../../src/check/check.js";

const article = readFileSync("claims/seed/article.txt", "utf8");
type Seed = { document: Record<string, unknown>; claims: Record<string, Record<string, unknown>> };
const seed = (): Seed => parse(readFileSync("claims/seed/claims.yaml", "utf8")) as Seed;
const TIME = new Set(["weekday", "period-order", "period-length", "period-consistency", "date-resolution"]);
const timeFindings = (s: Seed) =>
  check(s, { texts: { "coalition-civcas-2017-07": article } })
    .findings.filter((f) => TIME.has(f.ruleId))
    .map((f) => `${f.severity} ${f.ruleId} ${f.location ? `${f.location.line}:${f.location.column} ` : ""}${f.message}`);

describe("the seed's dates", () => {
  it("agree, and the report shows how July and March 14 were read", () => {
    expect(timeFindings(seed())).toEqual([
      'info date-resolution 3:81 "July" is read as 2017-07: the latest July on or before 2017-09-01, the publication date',
      'info date-resolution 11:30 "March 14" is read as 2017-03-14: the latest March 14 on or before 2017-09-01, the publication date',
    ]);
  });

  it("are read as calendar units", () => {
    const set = check(seed(), { texts: { "coalition-civcas-2017-07": article } }).set!;
    const time = (key: string) => set.claims.find((c) => c.key === key)!.time;
    expect(time("release-day")?.date?.unit).toBe("2017-09-01");
    expect(time("july")?.period).toMatchObject({ from: "2017-07", to: "2017-07" });
    expect(time("strike-date")?.date?.unit).toBe("2017-03-14");
    expect(time("since-august-2014")?.period).toMatchObject({ from: "2014-08", openEnd: ["2017-07-31", "2017-09-01"] });
    expect(time("coverage")?.period).toMatchObject({ from: "2014-08", to: "2017-07" });
    expect(set.documents[0]!.covers).toMatchObject({ from: "2017-07", to: "2017-07" });
  });
});

describe("mutated seeds", () => {
  it('"released on Friday" for a release of Thursday 2017-08-31 is a weekday error', () => {
    const s = seed();
    s.claims["release-day"]!.date = "2017-08-31";
    expect(timeFindings(s)).toContain('error weekday 3:48 "Friday, 2017-08-31": 2017-08-31 was a Thursday, not a Friday');
  });

  it('"From September 2014 to July 2017" disagrees with "since August 2014"', () => {
    const s = seed();
    (s.claims.coverage!.period as Record<string, string>).from = "September 2014";
    expect(timeFindings(s)).toContain(
      "error period-consistency 17:1 coverage (2014-09 to 2017-07) and since-august-2014 (2014-08 onwards) are stated as the same period, but they start at different times",
    );
  });

  it("a strike stated within the period since August 2014 cannot be dated March 14, 2014", () => {
    const s = seed();
    s.claims["strike-date"]!.date = "March 14, 2014";
    expect(timeFindings(s)).toContain(
      "error period-order 11:28 strike-date (2014-03-14) is stated within since-august-2014 (2014-08-01 to 2017-09-01), but lies outside it",
    );
  });

  it("a release published on the last day of the month it covers is too early", () => {
    const s = seed();
    s.document.published = "2017-07-31";
    const found = timeFindings(s);
    expect(found).toContain(
      "error period-order coalition-civcas-2017-07 was published on 2017-07-31, but the period it covers (2017-07) ends on 2017-07-31: a release comes after the period it covers",
    );
    // "July" is then read against 2017-07-31: still July 2017.
    expect(found).toContain('info date-resolution 3:81 "July" is read as 2017-07: the latest July on or before 2017-07-31, the publication date');
  });

  it("published in 2018, the same words mean March 14, 2018 — after the release: the reader is shown the reading", () => {
    const s = seed();
    s.document.published = "2018-04-01";
    expect(timeFindings(s)).toContain('info date-resolution 11:30 "March 14" is read as 2018-03-14: the latest March 14 on or before 2018-04-01, the publication date');
  });
});
