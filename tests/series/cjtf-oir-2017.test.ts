/**
 * The real 2017 series (claims/cjtf-oir-2017/claims.yaml, figures as published). Each expected
 * finding is worked out by hand from the table in data/cjtf-oir-2017.md:
 *
 * - deaths: 229 + 45 + 80 − 2 = 352 (March, with its explained adjustments); 352 + 132 = 484;
 *   484 + 119 = 603; 603 + 21 = 624; 624 + 61 = 685 ("at least 685"); 685 + 50 = 735;
 *   735 + 51 = 786. Consistent, with two adjustment infos.
 * - open reports: 43 + 27 − 28 = 42 (March); 42 + 43 − 47 = 38 (April); May to August give no
 *   new reports, so only open ≥ previous − completed holds (424 ≥ 38 − 141 − 132, 455 ≥ 424 − 37,
 *   350 ≥ 455 − 185); September: "more than 344" carried over + 302 − 127 is at least
 *   345 + 175 = 520, but 519 are open: an error.
 * - credible reports (cumulative): 102 (March) + 16 + 27 + 7 = 152 > 151 (June): an error;
 *   151 + 13 = 164 (July); 164 + 14 + 16 = 194 (September).
 * - reports (cumulative, rising by at least the new ones): 396 + 43 = 439 ≤ 1169 (July), but
 *   1169 + 302 = 1471 > 1,266 (September): an error.
 * - strikes: 20,205 < 22,983 < 24,160 < 27,566.
 * - breakdowns: 17 + 9 + 2 = 28; 31 + 16 = 47; 114 + 27 = 141; 121 + 7 = 128, not 132 (June: an
 *   error); 105 + 6 + 16 = 127.
 * - every release is published after the month it covers; 2017-09-01 was a Friday.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFile } from "../../src/node/load.js";

const FILE = "claims/cjtf-oir-2017/claims.yaml";
/** Findings of the arithmetic, time and series rules (the text rules have their own tests). */
const MINE = new Set(["sum", "part-of", "equal", "series-step", "series-monotonic", "series-adjustment", "weekday", "period-order", "period-length", "period-consistency", "date-resolution"]);

describe("the CJTF-OIR 2017 series", () => {
  it("is read without input errors, and the real figures disagree in four places", async () => {
    const r = await checkFile(FILE);
    expect(r.errors).toEqual([]);
    expect(r.verdict).toBe("inconsistent");
    expect(r.findings.filter((f) => MINE.has(f.ruleId)).map((f) => `${f.severity} ${f.ruleId}: ${f.message}`)).toEqual([
      "error series-monotonic: credible-reports (credible reports since August 2014): 102 in release-2017-03 (published 2017-04-30) + 16 + 27 + 7 gives at least 152, but release-2017-06 (published 2017-08-04) states \"151\" (a cumulative count rises by at least the increments stated)",
      "error series-monotonic: reports (reports of possible civilian casualties since August 2014): 1169 in release-2017-07 (published 2017-09-01) + 302 gives at least 1471, but release-2017-09 (published 2017-10-26) states \"1,266\" (a cumulative count rises by at least the increments stated)",
      "error series-step: open-reports (reports still being assessed at the end of the month): more than 344 carried over into release-2017-09 (published 2017-10-26) + 302 − 127 = at least 520, but the same release states \"519\"",
      'error sum: 121 + 7 = 128, but the total is stated as "132"',
      'info series-adjustment: deaths (civilian deaths acknowledged since August 2014): release-2017-03 (published 2017-04-30) adds 80 beyond the increment since the previous release, explained: "80 earlier deaths not announced before"',
      'info series-adjustment: deaths (civilian deaths acknowledged since August 2014): release-2017-03 (published 2017-04-30) takes away 2 beyond the increment since the previous release, explained: "2 deaths no longer attributed to the coalition"',
    ]);
  });

  it("has one series relation per link between stated figures", async () => {
    const r = await checkFile(FILE);
    const links = r.set!.relations.filter((x) => x.series !== undefined).map((x) => `${x.kind} ${x.id}`);
    expect(links).toEqual([
      // deaths: March's previous total, then every release's total.
      "series-step deaths: release-2017-03 (start) → release-2017-03",
      "series-step deaths: release-2017-03 → release-2017-04",
      "series-step deaths: release-2017-04 → release-2017-05",
      "series-step deaths: release-2017-05 → release-2017-06",
      "series-step deaths: release-2017-06 → release-2017-07",
      "series-step deaths: release-2017-07 → release-2017-08",
      "series-step deaths: release-2017-08 → release-2017-09",
      // open reports: stated at March's start and end, April, June to August, September's start and end.
      "series-step open-reports: release-2017-03 (start) → release-2017-03",
      "series-step open-reports: release-2017-03 → release-2017-04",
      "series-step open-reports: release-2017-04 → release-2017-06",
      "series-step open-reports: release-2017-06 → release-2017-07",
      "series-step open-reports: release-2017-07 → release-2017-08",
      "series-step open-reports: release-2017-08 → release-2017-09 (start)",
      "series-step open-reports: release-2017-09 (start) → release-2017-09",
      "series-monotonic credible-reports: release-2017-03 → release-2017-06",
      "series-monotonic credible-reports: release-2017-06 → release-2017-07",
      "series-monotonic credible-reports: release-2017-07 → release-2017-09",
      "series-monotonic reports: release-2017-03 → release-2017-07",
      "series-monotonic reports: release-2017-07 → release-2017-09",
      "series-monotonic strikes: release-2017-03 → release-2017-06",
      "series-monotonic strikes: release-2017-06 → release-2017-07",
      "series-monotonic strikes: release-2017-07 → release-2017-09",
    ]);
  });

  it("puts the July release's figures in the seed article's text", async () => {
    const r = await checkFile(FILE);
    const july = r.set!.documents.find((d) => d.id === "release-2017-07")!;
    expect(july.text).toContain("From August 2014 to July 2017");
    // The claim set carries its own copy of the seed article (a textFile stays inside its folder).
    expect(july.text).toBe(readFileSync("claims/seed/article.txt", "utf8"));
    expect(readFileSync("examples/seed-article.txt", "utf8")).toBe(july.text);
    expect(r.findings.filter((f) => f.ruleId === "claim-anchor")).toEqual([]);
  });
});
