import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { checkFile } from "../../src/node/load.js";
import { claimAnchorRule } from "../../src/rules/claim-anchor.js";
import { ruleTester } from "./tester.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

ruleTester(claimAnchorRule, {
  valid: [
    { name: "the quote occurs once and contains the value", text: "it had investigated 37 reports", claims: { inv: { value: 37, quote: "investigated 37 reports" } } },
    { name: "24,160 for 24160", text: "a total of 24,160 strikes", claims: { s: { value: 24160, quote: "a total of 24,160 strikes" } } },
    { name: "the value written in words: sixty-one for 61", text: "it confirmed sixty-one deaths", claims: { d: { value: 61, quote: "sixty-one deaths" } } },
    { name: "a dozen for 12", text: "a dozen reports", claims: { r: { value: 12, quote: "a dozen reports" } } },
    { name: "1.2 million for 1,200,000", text: "1.2 million people fled", claims: { p: { value: "1,200,000", quote: "1.2 million people" } } },
    { name: "48% written as 48 per cent", text: "turnout was 48 per cent", claims: { t: { value: "48%", quote: "was 48 per cent" } } },
    { name: "Arabic-Indic digits: ٦٨٥ for 685", text: "قتل ٦٨٥ مدنيا", claims: { k: { value: 685, quote: "٦٨٥ مدنيا" } } },
    { name: "at least 685, qualifier and all", text: "raising it to at least 685.", claims: { t: { value: "at least 685", quote: "to at least 685" } } },
    { name: "the qualifier may stand just outside the quote", text: "at least 685 civilians", claims: { t: { value: "at least 685", quote: "685 civilians" } } },
    { name: "685 or more", text: "685 or more civilians", claims: { t: { value: "at least 685", quote: "685 or more" } } },
    { name: "\"over\" spanning a time is no bound (as the scanner reads it)", text: "The deal is worth $3 billion over 10 years.", claims: { y: { value: 10, quote: "over 10 years" } } },
    {
      name: "straight quote marks in the claim, curly ones in the text",
      text: "another 61 “unintentional civilian deaths”",
      claims: { d: { value: 61, quote: 'another 61 "unintentional civilian deaths"' } },
    },
    { name: "white space and line breaks folded", text: "it had investigated\n37 reports", claims: { inv: { value: 37, quote: "investigated 37  reports" } } },
    { name: "a stated occurrence", text: "61 deaths in July. 61 deaths in June.", claims: { june: { value: 61, quote: "61 deaths", occurrence: 2 } } },
    { name: "an unknown claim with a quote needs no value", text: "the total before July", claims: { prior: { unknown: true, quote: "the total before July" } } },
    { name: "a claim without a quote is not checked", text: "nothing here", claims: { x: 5 } },
    { name: "a qualifier before a currency sign", text: "it cost about $85 million", claims: { c: { value: "about $85 million", quote: "cost about $85 million" } } },
    // Forms other than one numeral are found by their value.
    { name: "a fraction in words", text: "Nearly two-thirds of voters agreed", claims: { v: { value: "nearly two-thirds", quote: "Nearly two-thirds of voters" } } },
    { name: "a third, written as one third", text: "one third of nurses left", claims: { n: { value: "a third", quote: "one third of nurses" } } },
    { name: "N in M", text: "Seven in 10 adults agreed", claims: { a: { value: "Seven in 10", quote: "Seven in 10 adults" } } },
    { name: "N out of M for N in M", text: "nine out of 10 doctors", claims: { d: { value: "9 in 10", quote: "nine out of 10 doctors" } } },
    { name: "basis points", text: "a cut of 25 basis points", claims: { c: { value: "25bp", quote: "cut of 25 basis points" } } },
  ],
  invalid: [
    {
      name: "the quote is not in the text (no location: it has none)",
      text: "13 were accessed to be credible",
      claims: { c: { value: 13, quote: "13 were assessed" } },
      findings: [{ message: "the quote \"13 were assessed\" of 'c' is not in the text of doc", messageId: "anchor-missing", claims: ["c"] }],
    },
    {
      name: "the quote is there with other capital letters",
      text: "another 61 deaths",
      claims: { c: { value: 61, quote: "Another 61" } },
      findings: [{ messageId: "anchor-missing-case", message: "the quote \"Another 61\" of 'c' is not in the text of doc: it occurs only with other capital letters" }],
    },
    {
      name: "the quote occurs twice and no occurrence is given: located at the first",
      // "61 deaths" at offsets 0–9: columns 1–10.
      text: "61 deaths in July. 61 deaths in June.",
      claims: { c: { value: 61, quote: "61 deaths" } },
      findings: [{ messageId: "anchor-ambiguous", message: "the quote \"61 deaths\" of 'c' occurs 2 times in the text: give its occurrence (1 to 2)", location: "1:1-1:10" }],
    },
    {
      name: "the stated occurrence is past the last one",
      text: "61 deaths in July. 61 deaths in June.",
      claims: { c: { value: 61, quote: "61 deaths", occurrence: 3 } },
      findings: [{ messageId: "anchor-occurrence", message: "'c' asks for occurrence 3 of the quote \"61 deaths\", but it occurs twice" }],
    },
    {
      name: "the quote does not contain the value: located at the quote",
      // "it had " is 7 characters: the quote spans columns 8–30.
      text: "it had investigated 38 reports",
      claims: { inv: { value: 37, quote: "investigated 38 reports" } },
      findings: [{ messageId: "anchor-value", message: "the quote \"investigated 38 reports\" of 'inv' does not contain its value 37", location: "1:8-1:31", expected: "37", actual: "investigated 38 reports" }],
    },
    {
      name: "the value in words, but another number",
      text: "it confirmed sixty-one deaths",
      claims: { d: { value: 60, quote: "sixty-one deaths" } },
      findings: [{ messageId: "anchor-value", message: "the quote \"sixty-one deaths\" of 'd' does not contain its value 60", location: "1:14-1:30" }],
    },
    {
      // "a third of" is 33.3 %, the claim two-thirds 66.7 %.
      name: "a fraction in words, but another fraction",
      text: "a third of voters agreed",
      claims: { v: { value: "two-thirds", quote: "a third of voters" } },
      findings: [{ messageId: "anchor-value", message: "the quote \"a third of voters\" of 'v' does not contain its value two-thirds", location: "1:1-1:18" }],
    },
    {
      name: "N in M, but another share",
      text: "Seven in 10 adults agreed",
      claims: { a: { value: "six in 10", quote: "Seven in 10 adults" } },
      findings: [{ messageId: "anchor-value", message: "the quote \"Seven in 10 adults\" of 'a' does not contain its value six in 10", location: "1:1-1:19" }],
    },
    {
      name: "basis points, but another number of them",
      text: "a cut of 25 basis points",
      claims: { c: { value: "50 basis points", quote: "25 basis points" } },
      findings: [{ messageId: "anchor-value", message: "the quote \"25 basis points\" of 'c' does not contain its value 50 basis points", location: "1:10-1:25" }],
    },
    {
      name: "a percentage claim needs a percentage",
      text: "48 reports were filed",
      claims: { p: { value: "48%", quote: "48 reports" } },
      findings: [{ messageId: "anchor-value", message: "the quote \"48 reports\" of 'p' does not contain its value 48%", location: "1:1-1:11" }],
    },
    {
      name: "the text qualifies the figure and the claim does not: located at the figure with its qualifier",
      // "raising it to " is 14 characters: "at least 685" spans columns 15–26.
      text: "raising it to at least 685.",
      claims: { t: { value: 685, quote: "to at least 685" } },
      findings: [{ messageId: "anchor-qualifier", message: "'t' is stated as \"685\", but the text says \"at least 685\"", location: "1:15-1:27", expected: "at least 685", actual: "685" }],
    },
    {
      name: "the claim qualifies the figure and the text does not",
      text: "some 400 people and 400 cars",
      claims: { c: { value: "about 400", quote: "400 cars" } },
      findings: [{ messageId: "anchor-qualifier", message: "'c' is stated as \"about 400\", but the text says \"400\"", location: "1:21-1:24" }],
    },
  ],
});

it("every claim of the seed claim set anchors (no claim-anchor finding)", async () => {
  const r = await checkFile(join(ROOT, "claims/seed/claims.yaml"));
  expect(r.errors).toEqual([]);
  expect(r.findings.filter((f) => f.ruleId === "claim-anchor").map((f) => f.message)).toEqual([]);
});

it("arithmetic findings take their location from the anchor: the value inside the quote", () => {
  // "it had investigated 37 reports; 40 were credible": 37 at offsets 20–22, 40 at 32–34.
  const r = check({
    document: { id: "d", text: "it had investigated 37 reports; 40 were credible" },
    claims: { inv: { value: 37, quote: "investigated 37 reports" }, cred: { value: 40, quote: "40 were credible" } },
    relations: [{ kind: "part-of", part: "cred", whole: "inv" }],
  });
  const f = r.findings.find((x) => x.ruleId === "part-of")!;
  const places = [f.location, ...(f.related ?? []).map((x) => x.location)].map((l) => [l!.start, l!.end]).sort((a, b) => a[0]! - b[0]!);
  expect(places).toEqual([[20, 22], [32, 34]]);
});
