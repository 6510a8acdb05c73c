import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { numberCoverageRule } from "../../src/rules/number-coverage.js";
import { ruleTester } from "./tester.js";

const ARTICLE = "The coalition investigated 37 reports in July 2017; 13 were credible, resulting in 61 deaths.";

ruleTester(numberCoverageRule, {
  valid: [
    {
      name: "every count is quoted by a claim",
      text: ARTICLE,
      claims: {
        investigated: { value: 37, quote: "investigated 37 reports" },
        credible: { value: 13, quote: "13 were credible" },
        deaths: { value: 61, quote: "61 deaths" },
      },
    },
    {
      name: "a quote covers the figure even when the qualifier lies outside it",
      text: "raising the total to at least 685.",
      claims: { total: { value: "at least 685", quote: "685" } },
    },
    {
      name: "years, dates, times, decades, names and ordinals are skipped by default",
      text: "Since 2014, on March 14 at 10:30, in the 1990s, the F-35 under Resolution 2254 made its 14th flight; 37 died.",
      claims: { deaths: { value: 37, quote: "37 died" } },
    },
    {
      name: "a document none of whose claims quotes its text is not checked",
      text: ARTICLE,
      claims: { investigated: 37, credible: 13 },
    },
    {
      name: "a text with no claims at all is not checked",
      text: ARTICLE,
    },
  ],
  invalid: [
    {
      name: "the counts no claim quotes",
      text: ARTICLE,
      claims: { investigated: { value: 37, quote: "investigated 37 reports" } },
      findings: [
        // "13" starts at offset 52 (column 53), "61" at offset 83 (column 84).
        { messageId: "number-uncovered", message: '"13" (a count) is not covered by any claim: no claim\'s quote contains it', location: "1:53-1:55" },
        { messageId: "number-uncovered", message: '"61" (a count) is not covered by any claim: no claim\'s quote contains it', location: "1:84-1:86" },
      ],
    },
    {
      name: "percentages, money, ranges and ratios count; the qualifier is part of the reported number",
      text: "Deaths rose 12.5% to more than 344, costing $4.5bn; 20-30 fled, one in five stayed. 37 reports.",
      claims: { reports: { value: 37, quote: "37 reports" } },
      findings: [
        { messageId: "number-uncovered", message: '"12.5%" (a percentage) is not covered by any claim: no claim\'s quote contains it', location: "1:13-1:18" },
        { messageId: "number-uncovered", message: '"more than 344" (a count) is not covered by any claim: no claim\'s quote contains it', location: "1:22-1:35" },
        { messageId: "number-uncovered", message: '"$4.5bn" (an amount of money) is not covered by any claim: no claim\'s quote contains it', location: "1:45-1:51" },
        { messageId: "number-uncovered", message: '"20-30" (a range) is not covered by any claim: no claim\'s quote contains it', location: "1:53-1:58" },
        { messageId: "number-uncovered", message: '"one in five" (a ratio) is not covered by any claim: no claim\'s quote contains it', location: "1:65-1:76" },
      ],
    },
    {
      name: "a quote that is not in the text covers nothing (claim-anchor reports the quote)",
      text: "37 reports and 13 credible.",
      claims: { investigated: { value: 37, quote: "37 reports" }, credible: { value: 13, quote: "13 were credible" } },
      findings: [{ messageId: "number-uncovered", message: '"13" (a count) is not covered by any claim: no claim\'s quote contains it', location: "1:16-1:18" }],
    },
    {
      name: "years and dates when the option asks for them",
      text: "Since 2014, 37 reports; on March 14 a strike.",
      claims: { reports: { value: 37, quote: "37 reports" } },
      options: { ruleOptions: { "number-coverage": { include: ["year", "date"] } } },
      findings: [
        { messageId: "number-uncovered", message: '"2014" (a year) is not covered by any claim: no claim\'s quote contains it', location: "1:7-1:11" },
        { messageId: "number-uncovered", message: '"March 14" (a date) is not covered by any claim: no claim\'s quote contains it', location: "1:28-1:36" },
      ],
    },
  ],
});

describe("number-coverage on the seed set", () => {
  it("finds every figure of the seed article covered", async () => {
    const { loadClaimSet } = await import("../../src/node/load.js");
    const set = await loadClaimSet("claims/seed/claims.yaml");
    const r = check(set);
    expect(r.findings.filter((f) => f.ruleId === "number-coverage")).toEqual([]);
  });
});
