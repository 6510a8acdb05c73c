import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { quoteMarksRule } from "../../src/rules/quote-marks.js";
import { ruleTester } from "./tester.js";

ruleTester(quoteMarksRule, {
  valid: [
    { name: "curly pairs", text: "He said “yes” and ‘no’." },
    { name: "straight pairs", text: `He said "yes" and 'no'.` },
    { name: "nesting", text: "“The coalition’s ‘credible’ reports,” he said." },
    { name: "an editorial insertion", text: "“[of these] 13 were credible.”" },
    { name: "apostrophes and inch marks", text: `the soldiers’ 12" guns in the ’90s, don't` },
    { name: "a quotation over two paragraphs", text: "“First part.\n\n“Second part.”" },
    { name: "low-9 and guillemets", text: "„ja“ and «oui»" },
  ],
  invalid: [
    {
      name: "the seed's mixed quotation: opened straight, closed curly; the straight mark is the odd one out",
      // One straight " against two curly marks: reported at the straight mark, column 1.
      text: `"To date,” the statement said, “seriously”.`,
      findings: [
        {
          messageId: "quote-mixed",
          message: 'the quotation opens with the straight mark " but closes with the curly mark ”',
          location: "1:1-1:2",
          data: { open: '"', close: "”", openStyle: "straight", closeStyle: "curly" },
        },
      ],
    },
    {
      name: "a curly opening closed by a straight mark, in a text of straight marks: the curly one is reported",
      // “0 a1 "2 _3 "4 b5 "6 _7 "8 c9 "10 — the mixed pair is 0–2; the curly “ (column 1) is the odd one out.
      text: `“a" "b" "c"`,
      findings: [{ messageId: "quote-mixed", message: 'the quotation opens with the curly mark “ but closes with the straight mark "', location: "1:1-1:2" }],
    },
    {
      name: "a quotation that never closes",
      // He said_ is 8 characters: “ at column 9.
      text: "He said “no. Then he left.",
      findings: [{ messageId: "quote-unclosed", message: "the quotation opened with “ is never closed", location: "1:9-1:10" }],
    },
    {
      name: "a closing mark with no opening one",
      // "He said no." is 11 characters: ” at column 12.
      text: "He said no.” Then he left.",
      findings: [{ messageId: "quote-unopened", message: "the closing quotation mark ” has no opening mark", location: "1:12-1:13" }],
    },
    {
      name: "a straight mark between spaces",
      text: 'He said " no.',
      findings: [{ messageId: "quote-stray", message: 'the quotation mark " stands between spaces and opens or closes nothing', location: "1:9-1:10" }],
    },
    {
      name: "a quotation whose next paragraph does not reopen it",
      text: "“First part.\n\nSecond part.",
      findings: [{ messageId: "quote-unclosed", message: "the quotation opened with “ is never closed", location: "1:1-1:2" }],
    },
  ],
});

it("the seed article: one finding, at the straight mark that opens paragraph 5 (line 9, column 1)", () => {
  const seed = readFileSync(new URL("../fixtures/shared/seed-article.txt", import.meta.url), "utf8");
  // The straight " is the only one in the article: offset = seed.indexOf('"').
  const at = seed.indexOf('"');
  expect(seed.lastIndexOf('"')).toBe(at);
  expect(quoteMarksRule.checkText(seed, {}).map((f) => [f.data.messageId, f.span])).toEqual([["quote-mixed", { start: at, end: at + 1 }]]);
});
